import yazl from "yazl";

/**
 * Zip bytes of `entries` (name, bytes, and optionally the inflated size to declare instead of the true one), as
 * a hand-made or hostile zip would be: the sizes are patched into each local header and central directory
 * record after yazl has written them. Names may repeat.
 */
export async function zipWithDeclaredSizes(
  entries: readonly (readonly [string, Buffer, number?])[],
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries)
    zip.addBuffer(bytes, name, { mtime: new Date(0) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  const out = Buffer.concat(chunks);
  let local = 0;
  let central = 0;
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) {
      const declared = entries[local++]?.[2];
      if (declared !== undefined) out.writeUInt32LE(declared, i + 22);
    } else if (sig === 0x02014b50) {
      const declared = entries[central++]?.[2];
      if (declared !== undefined) out.writeUInt32LE(declared, i + 24);
    }
  }
  if (local !== entries.length || central !== entries.length)
    throw new Error("zip headers not found where expected");
  return out;
}
