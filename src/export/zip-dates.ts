/**
 * Sets the modification date of every entry of a ZIP archive (an xlsx is
 * one) to `date`, in place: the local file headers and the central directory
 * both carry it. The zip library stamps each entry with the clock; with one
 * fixed date the same content gives the same bytes on every build. Only the
 * date fields change, so offsets, sizes and CRCs stay valid.
 */
export function stampZipEntries(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  // MS-DOS date and time, local time fields read as UTC: 2 seconds resolution.
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("geen ZIP-bestand: einde van de inhoudsopgave ontbreekt");
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error("ZIP-inhoudsopgave onleesbaar");
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error("ZIP-bestandskop onleesbaar");
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
