#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Word, OpenDocument and EPUB samples of tests/import/data/office from source.md with real tools:
pandoc (docx, odt, epub), python3-docx (docx, with a footnote and a tracked change written into its XML, as
python-docx cannot make them) and LibreOffice headless (odt and docx converted from the python-docx one,
.doc and .rtf). Then the files that must be refused: encrypted, damaged, oversized. Run it inside the build
root (regenerate.sh does): pandoc, soffice and python3-docx live there."""
import os, re, shutil, struct, subprocess, sys, tempfile, zipfile

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, 'source.md')
work = tempfile.mkdtemp(prefix='office-samples-')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def out(name):
    return os.path.join(here, name)


def run(*args):
    subprocess.run(args, check=True, cwd=work, stdout=subprocess.DEVNULL)


def pandoc_samples():
    for ext in ('docx', 'odt', 'epub'):
        run('pandoc', '--standalone', source, '-o', out('pandoc.' + ext))


def python_docx_sample():
    import datetime
    import docx
    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.language = 'The Harbour Survey', 'Ines Moreau', 'en-GB'
    props.created = datetime.datetime(2026, 3, 14, 9, 0, 0)
    document.add_paragraph('The Harbour Survey', style='Title')
    document.add_heading('Introduction', level=1)
    document.add_paragraph('The harbour survey counted boats, cranes and workers over three weeks in spring.FOOTNOTE')
    changed = document.add_paragraph('The council approved the budget in ')
    changed.add_run('March')
    changed.add_run(' after a long debate.')
    document.add_heading('Findings', level=2)
    document.add_paragraph('Forty-two fishing boats were moored in the inner basin.', style='List Bullet')
    document.add_paragraph('Nine cranes were working.', style='List Bullet')
    document.add_paragraph('Two of them were new.', style='List Bullet 2')
    document.add_paragraph('The night shift had grown.', style='List Bullet')
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate([('Quay', 'Boats', 'Cranes'), ('North', '18', '4'), ('South', '24', '5')]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph('We have never seen the harbour this busy in winter.', style='Quote')
    document.add_heading('Conclusion', level=2)
    document.add_paragraph('The survey will be repeated next year with the same method.')
    plain = os.path.join(work, 'plain.docx')
    document.save(plain)
    add_footnote_and_tracked_change(plain, out('python-docx.docx'))


FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
             '<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Counts were taken at dawn and at dusk.</w:t>'
             '</w:r></w:p></w:footnote></w:footnotes>' % W)
REFERENCE = '</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>'
TRACKED = ('<w:del w:id="901" w:author="Editor" w:date="2026-03-15T10:00:00Z"><w:r><w:delText>February'
           '</w:delText></w:r></w:del><w:ins w:id="902" w:author="Editor" w:date="2026-03-15T10:00:00Z">'
           '<w:r><w:t>March</w:t></w:r></w:ins>')


def add_footnote_and_tracked_change(plain, target):
    """The footnote part with its relationship and content type, the reference in the first paragraph, and
    "February" deleted / "March" inserted as tracked changes in the second."""
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in ('word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'):
                data = data.decode('utf-8')
            if item.filename == 'word/document.xml':
                data = data.replace('FOOTNOTE', REFERENCE)
                data, count = re.subn(r'<w:r><w:t>March</w:t></w:r>', TRACKED, data)
                assert count == 1 and REFERENCE in data, 'python-docx wrote unexpected XML'
            elif item.filename == 'word/_rels/document.xml.rels':
                data = data.replace('</Relationships>', '<Relationship Id="rIdNotes" Type="http://schemas.'
                                    'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    'Target="footnotes.xml"/></Relationships>')
            elif item.filename == '[Content_Types].xml':
                data = data.replace('</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            zout.writestr(item, data)
        zout.writestr('word/footnotes.xml', FOOTNOTES)


def libreoffice(source_path, target_ext, filter_name=None):
    target = filter_name and '%s:%s' % (target_ext, filter_name) or target_ext
    run('soffice', '--headless', '-env:UserInstallation=file://%s/lo-profile' % work, '--convert-to', target,
        '--outdir', work, source_path)
    return os.path.join(work, os.path.splitext(os.path.basename(source_path))[0] + '.' + target_ext)


def libreoffice_samples():
    copy = os.path.join(work, 'libreoffice.docx')
    shutil.copy(out('python-docx.docx'), copy)
    shutil.copy(libreoffice(copy, 'odt'), out('libreoffice.odt'))
    odt = os.path.join(work, 'libreoffice-resaved.odt')
    shutil.copy(out('libreoffice.odt'), odt)
    shutil.copy(libreoffice(odt, 'docx', 'MS Word 2007 XML'), out('libreoffice.docx'))
    shutil.copy(libreoffice(odt, 'doc', 'MS Word 97'), out('legacy.doc'))
    shutil.copy(libreoffice(odt, 'rtf'), out('legacy.rtf'))


def ole2_with_streams(names):
    """A compound file (the container of .doc and of encrypted OOXML) whose directory lists `names`. Enough
    structure for a reader that recognises the container by its signature and stream names; no data."""
    sector = 512
    header = bytearray(b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + bytes(16))
    header += struct.pack('<HHHH', 0x3E, 3, 0xFFFE, 9) + struct.pack('<H', 6) + bytes(6)
    header += struct.pack('<IIIIIII', 0, 1, 1, 0, 0x1000, 0xFFFFFFFE, 0)
    header += struct.pack('<II', 0xFFFFFFFE, 0) + struct.pack('<I', 0)
    header += struct.pack('<109I', *([0] + [0xFFFFFFFF] * 108))
    header = header.ljust(sector, b'\0')
    fat = struct.pack('<II', 0xFFFFFFFD, 0xFFFFFFFE) + struct.pack('<I', 0xFFFFFFFF) * 126
    directory = bytearray()
    for index, name in enumerate(['Root Entry'] + names):
        encoded = (name + '\0').encode('utf-16-le')
        entry = encoded.ljust(64, b'\0') + struct.pack('<HBB', len(encoded), 5 if index == 0 else 2, 1)
        none = 0xFFFFFFFF
        right = index + 1 if 0 < index < len(names) else none
        entry += struct.pack('<III', none, right, 1 if index == 0 else none)
        entry = entry.ljust(116, b'\0') + struct.pack('<IIi', 0xFFFFFFFE, 0, 0)
        directory += entry
    return bytes(header) + fat + bytes(directory).ljust(sector, b'\0')


def refused_samples():
    with open(out('encrypted.docx'), 'wb') as f:
        f.write(ole2_with_streams(['EncryptionInfo', 'EncryptedPackage']))
    # An OpenDocument file saved with a password: its manifest lists encryption data for content.xml.
    with zipfile.ZipFile(out('encrypted.odt'), 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
        z.writestr('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:'
                   'manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                   'opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                   '"text/xml" manifest:size="4096"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
                   'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
                   'manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name='
                   '"PBKDF2" manifest:iteration-count="1024" manifest:salt="AAAA"/></manifest:encryption-data>'
                   '</manifest:file-entry></manifest:manifest>')
        z.writestr('content.xml', os.urandom(512))
    data = open(out('pandoc.docx'), 'rb').read()
    with open(out('truncated.docx'), 'wb') as f:
        f.write(data[:len(data) * 2 // 3])
    # A package whose relationships name word/document.xml, but which lacks it (stored, so the name is seen).
    with zipfile.ZipFile(out('no-document.docx'), 'w', zipfile.ZIP_STORED) as z:
        z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    # A member that claims to unpack to 300 MB (a "ZIP bomb" as far as the declared size goes).
    with zipfile.ZipFile(out('oversized.docx'), 'w', zipfile.ZIP_STORED) as z:
        z.writestr('word/document.xml', '<w:document xmlns:w="%s"/>' % W)
    patch_declared_size(out('oversized.docx'), 'word/document.xml', 300 * 1024 * 1024)
    # Paragraph markup nested 2000 deep.
    body = '<w:tbl><w:tr><w:tc>' * 700 + '<w:p><w:r><w:t>deep</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl>' * 700
    with zipfile.ZipFile(out('deep.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('word/document.xml', '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body))


def patch_declared_size(path, member, size):
    data = bytearray(open(path, 'rb').read())
    name = member.encode()
    local = data.index(b'PK\x03\x04')
    assert data[local + 30:local + 30 + len(name)] == name
    struct.pack_into('<I', data, local + 22, size)
    central = data.index(b'PK\x01\x02')
    struct.pack_into('<I', data, central + 24, size)
    open(path, 'wb').write(bytes(data))


if __name__ == '__main__':
    pandoc_samples()
    python_docx_sample()
    libreoffice_samples()
    refused_samples()
    shutil.rmtree(work)
    for name in sorted(os.listdir(here)):
        print('%8d  %s' % (os.path.getsize(out(name)), name))
