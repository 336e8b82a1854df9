/** Small real files of each kind (and impostors) for the document tests. Test code only. */
const tinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export const samplePdf = (padTo = 0) => {
  const head = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  return padTo > head.length ? Buffer.concat([head, Buffer.alloc(padTo - head.length, 0x20)]) : head;
};
export const samplePng = () => Buffer.from(tinyPng, "base64");
export const sampleJpeg = () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);

/** A Windows executable's header: "MZ", then a PE header at the offset 0x3c names. */
export function sampleExe(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  bytes.writeUInt16LE(0x14c, 0x84);
  return bytes;
}

export const asFile = (bytes: Buffer, name: string, type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });
