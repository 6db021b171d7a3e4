import { describe, expect, it } from 'vitest';
import { latestOffice, officesOn, peopleFileSchema, type PersonEntry } from '../../src/lib/people.ts';

const office = (title: string, from: string | null, to: string | null) => ({
  org: 'ministry-example',
  title,
  titleMs: title,
  from,
  to,
  source: 'https://gazette.example/appointments',
});
const minister: PersonEntry = {
  id: 'aminah-contoh',
  name: 'Aminah Contoh',
  aliases: [],
  offices: [office('Deputy Minister', '2022-12-10', '2023-12-12'), office('Minister', '2023-12-12', null)],
};

describe('the office-holder map', () => {
  it('gives the office held on a day, both on the day of a change', () => {
    expect(officesOn(minister, '2023-06-01').map((o) => o.title)).toEqual(['Deputy Minister']);
    expect(officesOn(minister, '2023-12-12').map((o) => o.title)).toEqual(['Deputy Minister', 'Minister']);
    expect(officesOn(minister, '2026-01-05').map((o) => o.title)).toEqual(['Minister']);
    expect(officesOn(minister, '2021-01-01')).toEqual([]);
  });

  it('compares at the precision the source gave: a start in June 2023 covers any day of June 2023', () => {
    const commissioner = { ...minister, offices: [office('Commissioner', '2023-06', '2025')] };
    expect(officesOn(commissioner, '2023-06-01')).toHaveLength(1);
    expect(officesOn(commissioner, '2025-12-31')).toHaveLength(1);
    expect(officesOn(commissioner, '2023-05-31')).toEqual([]);
    expect(officesOn(commissioner, '2026-01-01')).toEqual([]);
  });

  it('never claims an office whose start no source gave', () => {
    const spokesperson = { ...minister, offices: [office('Spokesperson', null, null)] };
    expect(officesOn(spokesperson, '2024-01-01')).toEqual([]);
    expect(latestOffice(spokesperson).title).toBe('Spokesperson');
  });

  it('takes the latest-starting office as the one a person speaks from', () => {
    expect(latestOffice(minister).title).toBe('Minister');
  });

  it('rejects an id that is not the name folded, a date that is not one, an office that ends before it starts', () => {
    const file = (entry: unknown) => peopleFileSchema.safeParse({ entries: [entry] });
    expect(file(minister).success).toBe(true);
    expect(file({ ...minister, id: 'aminah' }).error?.issues[0]?.message).toBe('id must be aminah-contoh (personId of the name)');
    expect(file({ ...minister, offices: [office('Minister', '2023-02-30', null)] }).success).toBe(false);
    expect(file({ ...minister, offices: [office('Minister', '2023-13', null)] }).success).toBe(false);
    expect(file({ ...minister, offices: [office('Minister', '2024-01-01', '2023-01-01')] }).error?.issues[0]?.message).toBe('from is after to');
    expect(peopleFileSchema.safeParse({ entries: [minister, minister] }).error?.issues[0]?.message).toBe('id aminah-contoh appears twice');
  });
});
