#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/import/data/encrypted.pdf: a one-page PDF encrypted with the standard security handler
(RC4 40-bit, revision 2) and a user password ("secret"), so it cannot be opened without one. Python only,
no PDF library; run it again to regenerate the fixture."""
import hashlib, os, struct

PAD = bytes.fromhex('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A')

def rc4(key, data):
    s = list(range(256)); j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256; s[i], s[j] = s[j], s[i]
    out = bytearray(); i = j = 0
    for b in data:
        i = (i + 1) % 256; j = (j + s[i]) % 256; s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)

def padded(pw):
    return (pw + PAD)[:32]

user, owner = b'secret', b'owner-secret'
file_id = hashlib.md5(b'marginalia encrypted fixture').digest()
P = -44  # print, no modify/copy/annotate
O = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
key = hashlib.md5(padded(user) + O + struct.pack('<i', P) + file_id).digest()[:5]
U = rc4(key, PAD)

def obj_key(num, gen=0):
    return hashlib.md5(key + struct.pack('<I', num)[:3] + struct.pack('<H', gen)).digest()[:10]

content = b'BT /F1 12 Tf 72 720 Td (This text is behind a password.) Tj ET'
enc_content = rc4(obj_key(4), content)
objects = [
    b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    b'<< /Length %d >>\nstream\n' % len(enc_content) + enc_content + b'\nendstream',
    b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    b'<< /Filter /Standard /V 1 /R 2 /O <' + O.hex().encode() + b'> /U <' + U.hex().encode() + b'> /P %d >>' % P,
]
out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
offsets = []
for n, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b'%d 0 obj\n' % n + body + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
for off in offsets:
    out += b'%010d 00000 n \n' % off
out += (b'trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<' % (len(objects) + 1) + file_id.hex().encode()
        + b'> <' + file_id.hex().encode() + b'>] >>\nstartxref\n%d\n%%%%EOF\n' % xref)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'encrypted.pdf')
open(path, 'wb').write(out)
print('wrote', path, len(out), 'bytes')
