"""XMP metadata for the PDF: the same title, author, subject, creator and language as the
info dictionary, in the XML form archiving tools and screen readers look for."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP


def xmp_packet(title: str, lang: str, author: str = "", subject: str = "", creator: str = "Skymap",
               producer: str = "") -> bytes:
    """An XMP packet (UTF-8) with Dublin Core title, language, creator and description,
    the creating tool and the producer."""
    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    parts = [f"<dc:title>{alt(title)}</dc:title>",
             f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>",
             "<dc:format>application/pdf</dc:format>",
             f"<xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>"]
    if author:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>")
    if subject:
        parts.append(f"<dc:description>{alt(subject)}</dc:description>")
    if producer:
        parts.append(f"<pdf:Producer>{escape(producer)}</pdf:Producer>")
    body = "\n    ".join(parts)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        f"    {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def attach_xmp(canvas, packet: bytes) -> None:
    """Make `packet` the document's /Metadata stream (reportlab's own XMP object), left
    uncompressed so any tool can read it."""
    stream = XMP(creator=lambda _doc: packet)
    stream.filters = []
    canvas._doc.Catalog.Metadata = stream  # reportlab's documented way (renderPDF does it)
