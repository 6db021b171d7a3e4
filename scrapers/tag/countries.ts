// The world's countries and territories by name, in English and Malay, and the demonyms news uses most: a statement
// naming one is about somewhere other than Malaysia (isMalaysian). The names were read from CLDR through Node's
// Intl.DisplayNames (en, ms) on 6 December 2026, then edited: Malaysia left out; brackets and "SAR China" dropped;
// common forms added (Turkey, Burma, Ivory Coast, Macau, UAE, Korea); left out are names that are also first names or
// ordinary words (Jordan, Chad, Georgia, Jersey, Niger, Guinea, Dominica, Samoa, Réunion; Cuba, "try" in Malay),
// since a false "foreign" costs a Malaysian story its Malaysian reading. Kept as a list, not read from Intl at run
// time, so that the tagger's output does not change with the ICU data of the Node it runs on.
export const COUNTRY_NAMES: readonly string[] = [
  "Afghanistan", "Afrika Selatan", "Albania", "Algeria", "American Samoa", "Amerika Syarikat", "Andorra",
  "Angola", "Anguilla", "Antigua and Barbuda", "Antigua dan Barbuda", "Arab Saudi", "Argentina", "Armenia",
  "Aruba", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belanda",
  "Belanda Caribbean", "Belarus", "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia",
  "Bosnia and Herzegovina", "Bosnia dan Herzegovina", "Botswana", "Brazil", "British Virgin Islands",
  "Brunei", "Bulgaria", "Burkina Faso", "Burma", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde",
  "Caribbean Netherlands", "Cayman Islands", "Central African Republic", "Chile", "China",
  "Christmas Island", "Colombia", "Comoros", "Congo", "Cook Islands", "Costa Rica", "Cote d'Ivoire",
  "Cote d’Ivoire", "Croatia", "Curacao", "Curaçao", "Cyprus", "Czech Republic", "Czechia",
  "Côte d’Ivoire", "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominican Republic",
  "Ecuador", "Egypt", "El Salvador", "Emiriah Arab Bersatu", "Equatorial Guinea", "Eritrea", "Estonia",
  "Eswatini", "Ethiopia", "Falkland Islands", "Faroe Islands", "Fiji", "Filipina", "Finland", "France",
  "French Guiana", "French Polynesia", "Gabon", "Gambia", "Germany", "Ghana", "Gibraltar", "Greece",
  "Greenland", "Grenada", "Guadeloupe", "Guam", "Guatemala", "Guernsey", "Guiana Perancis", "Guinea Bissau",
  "Guinea Khatulistiwa", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland",
  "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Itali", "Italy", "Ivory Coast", "Jamaica",
  "Japan", "Jepun", "Jerman", "Kanada", "Kazakhstan", "Kemboja", "Kenya", "Kepulauan Aland",
  "Kepulauan Cayman", "Kepulauan Cocos", "Kepulauan Cook", "Kepulauan Falkland", "Kepulauan Faroe",
  "Kepulauan Mariana Utara", "Kepulauan Marshall", "Kepulauan Pitcairn", "Kepulauan Solomon",
  "Kepulauan Turks dan Caicos", "Kepulauan Virgin A.S.", "Kepulauan Virgin British", "Kiribati",
  "Korea", "Korea Selatan", "Korea Utara", "Kosovo", "Kota Vatican", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
  "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Lubnan", "Luxembourg", "Macao",
  "Macau", "Macedonia Utara", "Madagascar", "Madagaskar", "Maghribi", "Malawi", "Maldives", "Mali", "Malta",
  "Marshall Islands", "Martinique", "Mauritania", "Mauritius", "Mayotte", "Mesir", "Mexico", "Micronesia",
  "Moldova", "Monaco", "Mongolia", "Montenegro", "Montserrat", "Morocco", "Mozambique", "Myanmar", "Namibia",
  "Nauru", "Nepal", "Netherlands", "New Caledonia", "New Zealand", "Nicaragua", "Nigeria", "Niue",
  "Norfolk Island", "North Korea", "North Macedonia", "Northern Mariana Islands", "Norway", "Oman",
  "Pakistan", "Palau", "Palestine", "Palestinian Territories", "Panama", "Papua New Guinea", "Paraguay",
  "Perancis", "Peru", "Philippines", "Pitcairn Islands", "Poland", "Polinesia Perancis", "Portugal",
  "Puerto Rico", "Pulau Krismas", "Pulau Norfolk", "Qatar", "Republic of the Congo",
  "Republik Afrika Tengah", "Republik Dominica", "Romania", "Rusia", "Russia", "Rwanda", "Sahara Barat",
  "Saint Barthelemy", "Saint Barthélemy", "Saint Helena", "Saint Kitts and Nevis", "Saint Kitts dan Nevis",
  "Saint Lucia", "Saint Martin", "Saint Pierre and Miquelon", "Saint Pierre dan Miquelon",
  "Saint Vincent and Grenadines", "Saint Vincent dan Grenadines", "Samoa Amerika", "San Marino",
  "Sao Tome dan Principe", "Saudi Arabia", "Senegal", "Sepanyol", "Serbia", "Seychelles", "Sierra Leone",
  "Singapore", "Singapura", "Sint Maarten", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
  "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sudan Selatan", "Surinam",
  "Suriname", "Svalbard and Jan Mayen", "Svalbard dan Jan Mayen", "Sweden", "Switzerland", "Syria",
  "São Tomé and Príncipe", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tokelau",
  "Tonga", "Trinidad and Tobago", "Trinidad dan Tobago", "Tunisia", "Turkey", "Turkiye", "Turkmenistan",
  "Turks and Caicos Islands", "Tuvalu", "Türkiye", "U.S. Virgin Islands", "UAE", "Uganda", "Ukraine",
  "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican",
  "Vatican City", "Venezuela", "Vietnam", "Wallis and Futuna", "Western Sahara", "Wilayah Palestin", "Yaman",
  "Yemen", "Zambia", "Zimbabwe", "Åland Islands",
];

export const DEMONYMS: readonly string[] = [
  "Afghan", "Algerian", "Argentine", "Argentinian", "Austrian", "Bahraini", "Belarusian", "Belgian",
  "Bolivian", "Bruneian", "Bulgarian", "Burmese", "Cambodian", "Cameroonian", "Chilean", "Colombian",
  "Croatian", "Cuban", "Czech", "Ecuadorian", "Egyptian", "Emirati", "Estonian", "Ethiopian", "Fijian",
  "Finnish", "Ghanaian", "Greek", "Hungarian", "Iranian", "Iraqi", "Israeli", "Ivorian", "Jordanian",
  "Kazakh", "Kuwaiti", "Laotian", "Latvian", "Lebanese", "Lithuanian", "Malawian", "Mongolian", "Moroccan",
  "Mozambican", "Namibian", "Omani", "Paraguayan", "Peruvian", "Portuguese", "Qatari", "Romanian", "Rwandan",
  "Saudi", "Senegalese", "Serbian", "Singaporean", "Slovak", "Somali", "Sudanese", "Swedish", "Swiss",
  "Syrian", "Tanzanian", "Tunisian", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan", "Yemeni",
  "Zambian", "Zimbabwean",
  // Added on 6 December (eighth session): demonyms of countries the writers' stories come from; not "Indian" or
  // "Chinese", which name Malaysians too.
  "Icelandic", "Norwegian", "Danish", "Dutch", "Maltese", "Cypriot", "Slovenian", "Luxembourgish", "Kenyan", "Nigerian",
  "Mauritian", "Pakistani", "Filipino", "Vietnamese", "Indonesian", "Mexican", "Brazilian", "Japanese", "Taiwanese",
  "Turkish", "Russian", "Polish", "Spanish", "Italian", "Irish", "Canadian", "Australian", "French", "German", "Korean",
  "American", "British", "Thai",
  // Added on 7 December (sixteenth session): "South Africans" in a minister's quote was a South African statement's
  // only sign of its country; the text's own pattern reads these names only without the plural "s".
  "South African", "Sri Lankan", "Bangladeshi", "Nepalese", "Nepali", "New Zealander",
];

// Capitals and large cities that stories abroad are filed from or name ("Buenos Aires, 29 July 2024."), where the
// country itself may go unnamed. Left out are names that are also words or names in Malay or English (Lima is "five",
// Male, Sofia, Victoria, Kingston, Santiago, San José).
export const FOREIGN_CITIES: readonly string[] = [
  "Buenos Aires", "Bogotá", "Bogota", "Quito", "La Paz", "Caracas", "Montevideo", "Asunción", "Asuncion", "Brasília",
  "Brasilia", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Mexico City", "Guatemala City", "Panama City", "Havana",
  "Santo Domingo", "Port of Spain", "Toronto", "Vancouver", "Montreal", "Cairo", "Kaherah", "Algiers", "Tunis", "Rabat",
  "Casablanca", "Tripoli", "Khartoum", "Addis Ababa", "Kampala", "Kigali", "Dar es Salaam", "Lusaka", "Harare",
  "Windhoek", "Gaborone", "Maputo", "Luanda", "Kinshasa", "Accra", "Abuja", "Dakar", "Abidjan", "Amman", "Beirut",
  "Damascus", "Baghdad", "Tehran", "Riyadh", "Jeddah", "Doha", "Dubai", "Abu Dhabi", "Muscat", "Manama",
  "Istanbul", "Jerusalem", "Tel Aviv", "Kabul", "Tashkent", "Astana", "Almaty", "Bishkek", "Dushanbe", "Baku",
  "Tbilisi", "Yerevan", "Kyiv", "Kiev", "Chisinau", "Bucharest", "Belgrade", "Zagreb", "Ljubljana", "Sarajevo",
  "Skopje", "Tirana", "Athens", "Budapest", "Vienna", "Prague", "Bratislava", "Vilnius", "Riga", "Tallinn", "Helsinki",
  "Stockholm", "Oslo", "Copenhagen", "Reykjavik", "Amsterdam", "The Hague", "Lisbon", "Barcelona", "Milan", "Munich",
  "Geneva", "Zurich", "Edinburgh", "Manila", "Hanoi", "Ho Chi Minh City", "Bangkok", "Phnom Penh", "Vientiane",
  "Yangon", "Naypyidaw", "Kathmandu", "Karachi", "Lahore", "New Delhi", "Mumbai", "Bengaluru", "Bangalore", "Beijing", "Shanghai",
  "Shenzhen", "Ulaanbaatar", "Sydney", "Melbourne", "Auckland", "Suva", "Port Moresby", "Honiara", "Bandar Seri Begawan",
  "Dili", "Minsk", "New York", "Los Angeles", "San Francisco", "Silicon Valley",
];

