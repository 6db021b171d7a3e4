// Verbs by which one party asks or orders another to act: demands are made with them, disputes and promises read them
// to tell an act asked for from one taken or promised.

/** Verbs of asking another party to act ("urged X to", "meminta X supaya"). */
export const REQUEST_VERBS =
  'urge|urged|urges|urging|ask|asked|asks|asking|requested|requests to|call on|called on|calls on|calling on|call upon|called upon|calls upon|calling upon|appeal to|appealed to|appeals to|demanded|demands|pressed|recommended|recommends|menggesa|menyeru|meminta|memohon(?! maaf)|menuntut|mendesak';
/** Verbs of an order with authority behind it, as against a request or an urging. */
export const ORDER_VERBS = 'ordered|orders|ordering|directed|directs|directing|instructed|instructing|required|requires|summoned|summons|mengarahkan|mengarah|mengarahkannya|memerintahkan|mewajibkan';
