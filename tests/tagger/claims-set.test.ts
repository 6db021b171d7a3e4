// The held-out halves of the claims set and of the fresh, third to twenty-first sets are frozen: rules are written
// from the development halves only, and a change to a frozen half (an edited label, a dropped statement) would let it
// flatter them. README.md there says who wrote each set and when.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FROZEN_SHA256: Record<string, string> = {
  holdout: '71ec82d1aa5e0b7b6decf7e8566d87c36192ed53142a9c86771173f206780cea',
  'fresh-holdout': '647ef05cb21105a1ddd1187f7fff1da3bb29c937a6e54c406e6e40f4eb2b4e58',
  'third-holdout': '3a6440ea0115633bac51ab55d6d1a5bc30d0d8bda7cfdba0507877d5e476b19b',
  'fourth-holdout': 'cbd591f5cee14bf775c440f121819b5db8ecdd53e6b43c6180e32724a2e7e462',
  // Written on 6 December by writers J and K after the rules of 5489c63, read whole once, then split.
  'fifth-holdout': '50c867e8d358e993fc97087eee72e28d48c214276e00698f9f3a9c7c09286aa9',
  // Written on 6 December by writers L and M after the rules of 44ab315, read whole once, then split.
  'sixth-holdout': 'ca4a4b92812c6ecce011b7ca37eb5782cde3e701cb7bbab2e3e27f8b77bebe4a',
  // Written on 6 December by writers N and O after the rules of 9d01a4b, read whole once, then split.
  'seventh-holdout': '26fbc0ee860338af512a580595ddf1f5dc64a34e9b59c543b8de7b95843c8e4e',
  // Written on 6 December by writers P and Q after the rules of cebe8b6, read whole once, then split.
  'eighth-holdout': '410a4353d71f7b0de53eae7dee8de4539560706c5e3fd70d0e51d2d495ad49ad',
  // Written on 6 December by writers R and S after the rules of 109dfe1, read whole once, then split.
  'ninth-holdout': '72ee2cde7202c80cfc5c09b2a9e83b8de08ac6bc13dbacebcf75501828fd4709',
  // Written on 6 December by writers V and W after the rules of ed3336c, read whole once, then split.
  'tenth-holdout': 'acda71c635b158bf708393e4ba4d993f7d78ef5989aa7b9b43c01fa9750b16a2',
  // Written on 6 December by writers X and Y after the rules of 3bffa95, read whole once, then split.
  'eleventh-holdout': 'b567fcccfcf0cb2a5bad68830cc07fd28aacb73323a991b205bda00a4b658685',
  // Written on 6 December by writers T and U after the rules of 75b3138 (the eighth session's start), read whole once
  // with the tagger of a58d92a (the session's last rule), then split.
  'twelfth-holdout': '902345708c24bec970598aac16d44fad64c82ae54495338d46064a40defdc3a5',
  // Written on 7 December by writers Z and ZA at the ninth session's start (after the rules of a1b93b1), read whole once
  // with the tagger of 58b585f, then split.
  'thirteenth-holdout': '77cb0b2d5d8e898eb38ccfc749a1e4ba5404bee393b3f80a6ad968326b5dac03',
  // Written on 7 December by writers ZB and ZC at the tenth session's start (after the rules of bbb75c2), read whole once
  // with the tagger of 3ee3a9d, then split.
  'fourteenth-holdout': 'a470889fd2d44faf32ea027a9048d0ed955b90590704a7eb25247aa5a6ceddd5',
  // Written on 7 December by writers ZD and ZE during the eleventh session (after the rules of 063e036), read whole
  // once with the tagger of 96e44d1, then split.
  'fifteenth-holdout': '9d2aab412a4baa917b0efa67ff36f6f44936296eb8e3e4c89434da981e950155',
  // Written on 7 December by writers ZF and ZG during the twelfth session (after the rules of 7c3ae7e), read whole
  // once with that tagger, then split.
  'sixteenth-holdout': 'e8edfc3aecfcc222f45dc09409fad048ed527f8206a7f608b05e5bd2f57e66f7',
  // Written on 7 December by writers ZH and ZI during the thirteenth session (after the rules of d301434), read whole
  // once with the tagger of c11aaed, then split.
  'seventeenth-holdout': 'b6837e72b94c7fcd7ade041fdd88d8a95a4f14ae15d363f51438e82f75e13bff',
  // Written on 7 December by writers ZJ and ZK during the fifteenth session (after the rules of 9323b76), read whole
  // once with that tagger and with the session's first (6e6181a), then split.
  'eighteenth-holdout': 'd13154e511cc73c4325750c338382294c20c8dcc2ee64295fa337d27d2cbfdf2',
  // Written on 7 December by writers ZL and ZM during the sixteenth session (after the rules of 13ceb07), read whole
  // once with that tagger and with the session's first (d7edc82), then split.
  'nineteenth-holdout': 'ba2cad1ea104f655642c13831c260fdbf75be77edde38877b2edbb077d0f617b',
  // Written on 7 December by writers ZN and ZO at the start of the seventeenth session (before any rule of it), read
  // whole once with that session's first tagger (c13c011), then split.
  'twentieth-holdout': '207ed9bdd5ae2adde60c9f693b3ac3dd5c62e357d64939d519b4cca29f85130b',
  // Written on 7 December by writers ZP and ZQ during the seventeenth session (after its rules of b1f0ddd), read whole
  // once with that tagger and with the session's first (c13c011), then split.
  'twentyfirst-holdout': '5c36181f70d9adb7853ce6d8f65ca5f153e5188e78e2a29e073007c9a542cf18',
  // Written on 7 December by writers ZR and ZS at the start of the eighteenth session (before any rule of it), read
  // whole once with that session's first tagger (f744963) and with the tagger of adab611, then split.
  'twentysecond-holdout': '0dc9936d1f63ab7bfd2bd12f74e52a0fb6f218bc34dcc4196784f96994f0d074',
  // Written on 8 December by writers ZT and ZU at the start of the nineteenth session (before any rule of it), read
  // whole once with that session's first tagger (a375819) and with the tagger of 4a39374, then split.
  'twentythird-holdout': 'd30f51c277eeac8242eaa09f85f73f64f6acafe3d26fc211ad1d7412ac36a17e',
  // Written on 8 December by writers ZV and ZW during the nineteenth session (after its rules of 3c4e46c), read whole
  // once with that tagger and with the session's first (a375819), then split.
  'twentyfourth-holdout': '49a6849ff2a419d4b280f14655cefbc2e9df27c038382e801ec2a981d5c4a08c',
  // Written on 8 December by writers ZX and ZY during the twentieth session (after its rules of eb97166), read whole
  // once with that session's tagger of 95af188 and with its first (7293e23), then split.
  'twentyfifth-holdout': '3bef4839bdcd6624fd92991a4aabea54af1ab868bba271e264b6d683a0c6460f',
  // Written on 8 December by writers ZZ and YA during the twenty-first session (after its rules of 78c952b), read whole
  // once with that tagger and with the session's first (db74be9), then split.
  'twentysixth-holdout': '9bac10f6efc9936e86c3a8fda987c34fec1cec13cc0cd1a468190a59deca8adf',
};
const read = (name: string) => readFileSync(`tests/tagger/claims/${name}.jsonl`, 'utf8');

describe('the claims set', () => {
  for (const [name, hash] of Object.entries(FROZEN_SHA256)) {
    it(`has a ${name} half that has not changed since it was split`, () => {
      expect(createHash('sha256').update(read(name)).digest('hex')).toBe(hash);
    });
  }

  it('keeps the sets apart: no statement in two of them', () => {
    const names = ['dev', 'holdout', 'fresh-dev', 'fresh-holdout', 'third-dev', 'third-holdout', 'fourth-dev', 'fourth-holdout', 'fifth-dev', 'fifth-holdout', 'sixth-dev', 'sixth-holdout', 'seventh-dev', 'seventh-holdout', 'eighth-dev', 'eighth-holdout', 'ninth-dev', 'ninth-holdout', 'tenth-dev', 'tenth-holdout', 'eleventh-dev', 'eleventh-holdout', 'twelfth-dev', 'twelfth-holdout', 'thirteenth-dev', 'thirteenth-holdout', 'fourteenth-dev', 'fourteenth-holdout', 'fifteenth-dev', 'fifteenth-holdout', 'sixteenth-dev', 'sixteenth-holdout', 'seventeenth-dev', 'seventeenth-holdout', 'eighteenth-dev', 'eighteenth-holdout', 'nineteenth-dev', 'nineteenth-holdout', 'twentieth-dev', 'twentieth-holdout', 'twentyfirst-dev', 'twentyfirst-holdout', 'twentysecond-dev', 'twentysecond-holdout', 'twentythird-dev', 'twentythird-holdout', 'twentyfourth-dev', 'twentyfourth-holdout', 'twentyfifth-dev', 'twentyfifth-holdout', 'twentysixth-dev', 'twentysixth-holdout'];
    const ids = names.map((name) => read(name).trim().split('\n').map((line) => JSON.parse(line).id as string));
    const all = ids.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(ids.map((list) => list.length)).toEqual([165, 165, ...names.slice(2).map(() => 60)]);
  });
});
