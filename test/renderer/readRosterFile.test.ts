import { describe, expect, it } from 'vitest';
import { rosterText } from '../../renderer/src/staff/readRosterFile';

describe('the text of an opened roster file', () => {
  it('reads UTF-8, as newer programs save it', () => {
    expect(rosterText(new TextEncoder().encode('Åsa Öberg;undersköterska'))).toBe('Åsa Öberg;undersköterska');
  });

  it('reads Windows-1252, as Excel on Windows saves "CSV", with å, ä and ö right', () => {
    // "Åsa Öberg;Mä" in Windows-1252: Å = C5, Ö = D6, ä = E4 (not valid UTF-8).
    const bytes = Uint8Array.from([0xc5, 0x73, 0x61, 0x20, 0xd6, 0x62, 0x65, 0x72, 0x67, 0x3b, 0x4d, 0xe4]);
    expect(rosterText(bytes)).toBe('Åsa Öberg;Mä');
  });

  it('reads plain ASCII the same either way', () => {
    expect(rosterText(new TextEncoder().encode('Eva Ek;usk'))).toBe('Eva Ek;usk');
  });
});
