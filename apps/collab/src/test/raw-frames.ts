// Hand-made WebSocket traffic for the hostile-input tests: a raw TCP upgrade, then arbitrary bytes.
import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";

export interface RawUpgrade {
  socket: Socket;
  /** Bytes received after the 101 response. */
  received(): Buffer;
  closed: Promise<void>;
}

export function rawUpgrade(port: number, pathWithQuery: string): Promise<RawUpgrade> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    const closed = new Promise<void>((done) => socket.once("close", () => done()));
    socket.on("error", () => {});
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (upgraded) return;
      const end = buffer.indexOf("\r\n\r\n");
      if (end === -1) return;
      const head = buffer.subarray(0, end).toString();
      if (!head.startsWith("HTTP/1.1 101")) {
        reject(new Error(`upgrade refused: ${head}`));
        return;
      }
      upgraded = true;
      buffer = buffer.subarray(end + 4);
      resolve({ socket, received: () => buffer, closed });
    });
    socket.write(
      [
        `GET ${pathWithQuery} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        "Upgrade: websocket",
        "Connection: Upgrade",
        `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
        "Sec-WebSocket-Version: 13",
        "",
        "",
      ].join("\r\n"),
    );
  });
}

/** A masked binary frame header announcing `length` bytes, with no payload after it. */
export function frameHeader(length: number): Buffer {
  const header = Buffer.alloc(14);
  header[0] = 0x82;
  header[1] = 0x80 | 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  randomBytes(4).copy(header, 10);
  return header;
}

/** The close code in the first close frame of an unmasked server→client stream, if any. */
export function closeCodeIn(bytes: Buffer): number | null {
  let offset = 0;
  while (offset + 2 <= bytes.length) {
    const opcode = (bytes[offset] ?? 0) & 0x0f;
    let length = (bytes[offset + 1] ?? 0) & 0x7f;
    let headerLength = 2;
    if (length === 126) {
      length = bytes.readUInt16BE(offset + 2);
      headerLength = 4;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(offset + 2));
      headerLength = 10;
    }
    if (opcode === 0x8 && length >= 2) return bytes.readUInt16BE(offset + headerLength);
    offset += headerLength + length;
  }
  return null;
}
