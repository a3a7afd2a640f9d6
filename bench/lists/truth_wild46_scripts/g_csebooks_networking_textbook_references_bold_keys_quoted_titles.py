"""Wild46 truth for csebooks/computer-networking content.en/references/_index.md: the reference list of a
networking textbook (Kurose & Ross, 8th ed.) converted from the PDF into a Hugo page - a bibliography of
networking papers mixed with RFCs, standards, books, web pages, videos and press articles.

Shape: YAML front matter (1-5), an indented ``# References`` heading (7), two note paragraphs in bold-led prose
(9, 11), then 573 one-paragraph references ``**[Key Year]** Authors, “Title,” _Venue_, Vol., No. (Date), pp.``
separated by blank lines.  PDF artefacts: 39 running-head lines ``REFERENCES`` (some indented or with a trailing
space) between references, three references broken by such a head and continued on a later line (85-88 Baran,
286-289 FCC, 1187-1190 Zegura), words hyphenated at old line ends (``Spec- trum``, ``SIG- COMM``), spaces inside
URLs, misplaced bold (``**[Baldauf 2007**]``, 5 keys), escaped underscores in URLs (``prod\\_white\\_paper``),
repeated keys (``[Akhshabi 2011]`` twice, ``[OpenDaylight 2020]`` twice, ``[Huston 2017]`` twice).  Styles:
mostly author-initials, quoted title with ``,”`` and an italic venue; ACM style for a few (``Authors. 2005.
Title. _In Proceedings ..._``, 326, 626), a bare unquoted title (131, 676, 183), a closing quote written ``, “``
(382), a title ending ``?”``/``.”``; books as italic titles; RFCs ``“Title,” RFC 793, Sept. 1981.``.  No DOIs
or arXiv ids in the file.

Decisions:
- Entries: references to scholarly works (268 of 573): journal, magazine and conference papers, workshop papers,
  technical and research reports (Technical Report, SRC Research Report, RLE Quarterly Progress Report, a NIST
  Special Publication 183, an ATM Forum tutorial paper 489), PhD thesis (309), an unpublished note (614, a
  manuscript), chapters in edited volumes (210, 715, 1057), a W3C document that also appeared at SIGCOMM (680).
  A record that adds a second form of the same work (Baran's RAND report of the same title 85-88, 680's
  SIGCOMM version, 154's 'See also' journal version, 715's white paper) is one entry.
- Not entries (305): RFCs (105) and Internet Drafts (3); standards and specifications (3GPP, IEEE 802, ITU, FIPS,
  NIST AES, DOCSIS, GSMA guidelines, ONF); books (italic title, publisher); home pages and other web pages,
  blog posts, vendor product pages and white papers (Cisco, Atheros, Intel, Juniper, Facebook engineering blog,
  potaroo.net columns, CERT advisories); videos, talks, keynotes, award lectures (65, 71, 260, 361, 597, 643,
  666, 668); FCC orders; articles in general-audience press and news outlets (The Atlantic Monthly 137,
  Scientific American 1140/1150, The Tech 493, The Red Herring 732, MIT Technology Review 336/637, Smithsonian
  1053, IEEE Spectrum opinion posts 262/612) and the Risks Digest (670); a statistics page.  The rule: a
  reference is an entry when it has a title and a scholarly venue (an italic venue outside a URL, or a report,
  thesis, workshop or manuscript designation), the press/standards/talk keys listed in ``NOT_SCHOLARLY`` aside;
  five unquoted-title papers are named in ``UNQUOTED``.
- Span: the reference's paragraph, through its continuation line when a running head breaks it (85-88,
  1187-1190).
- Title: the text between the opening ``“`` and the closing quote (``,”``/``.”``/``?”``, or 382's ``, “``),
  hyphenation artefacts kept as written; for the unquoted ones, the title text between the authors (or ACM
  year) and the venue.
- Ids: none (asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "csebooks__computer-networking__content.en__references___index@6a98aee.md"
PART = "wild46_development"

REF = re.compile(r"^\*\*\[(?P<key>[^\]*]+?)\s*(?:\]\*\*|\*\*\])\s?(?P<rest>.*)$")
QUOTED = re.compile(r"“\s?(?P<t>.+?)(?P<close>,_”|,”|\.”|”|, “)")
RFC_OR_DRAFT = re.compile(r"\bRFC \d|Internet Draft")
REPORT = re.compile(r"Technical Report|Research Report|Progress Report|PhD Thesis|Workshop|unpublished note")
UNQUOTED = {
    "Bottger 2018": r"S\. Uhlig, (?P<t>Open connect everywhere: .+?), _Proc\.",
    "Ford 2005": r"2005\. (?P<t>Peer-to-peer communication .+?)\. _In Proceedings",
    "McKeown 2008": r"2008\. (?P<t>OpenFlow: .+?)\. _SIGCOMM",
    "Nichols 2012": r"V\. Jacobson\. (?P<t>Controlling Queue Delay)\. _ACM Queue",
    "Cichonski 2017": r"M\. Bartock, (?P<t>Guide to LTE Security), NIST Special Publication",
}
NOT_SCHOLARLY = {
    # general-audience press, news, opinion posts, digests
    "Bush 1945", "Waldrop 2007", "Weiser 1991", "Jimenez 1997", "Perkins 1994", "Economides 2017",
    "Madhyastha 2017", "Neumann 1997",
    # talks and videos
    "Amazon 2014", "Greenberg 2015",
}


def venue_after(rest: str, end: int) -> bool:
    """An italic venue after the title, outside URLs (whose underscores are escaped), or a report designation."""
    tail = re.sub(r"https?://\S+", "", rest[end:])
    return bool(re.search(r"(?<!\\)_[^_\\]+?_", tail)) or bool(REPORT.search(rest[end:]))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    keys = []
    kinds = {"rfc": 0, "paper": 0, "other": 0}
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("**["):
            continue
        m = REF.match(ln)
        assert m, (n, ln)
        key, rest = m.group("key").strip(), m.group("rest")
        keys.append(key)
        last = n
        if lines[n].strip() == "REFERENCES" and lines[n + 1].strip() == "":
            cont = lines[n + 2]
            if cont.strip() and not cont.startswith("**["):
                last = n + 3
        if key.startswith("RFC") or RFC_OR_DRAFT.search(rest):
            kinds["rfc"] += 1
            continue
        title = None
        if key in UNQUOTED:
            title = re.search(UNQUOTED[key], rest).group("t")
        else:
            q = QUOTED.search(rest)
            italic_close = q is not None and q.group("close") == ",_”"
            if q and key not in NOT_SCHOLARLY and (italic_close or venue_after(rest, q.end())):
                title = q.group("t")
        if title is None:
            kinds["other"] += 1
            continue
        kinds["paper"] += 1
        papers.append(entry(lines, n, last, title))
    assert len(keys) == 573, len(keys)
    assert kinds == {"rfc": 108, "paper": 268, "other": 197}, kinds
    spans = [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]]
    assert spans == [(85, 88), (1187, 1190)], spans
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 268, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '**[Key Year]** ...' reference to a scholarly work (paper, report, thesis, chapter, manuscript) is one"
        " entry (268 of 573), spanning its paragraph and any continuation after a running head; RFCs, Internet"
        " Drafts, standards, books, web pages, white papers, videos/talks and general-press articles are not;"
        " title = the quoted title (hyphenation artefacts kept), or the plain title for five unquoted ones.",
        "All 268 entry titles (-v) read against the file, and every excluded reference listed and read: the 108"
        " RFC/draft records (RFC keys and the three Internet Drafts 409, 761, 1018), the 121 unquoted references"
        " (books, home pages, FCC orders, DOCSIS spec; the five unquoted papers 131, 183, 326, 626, 676 taken),"
        " the 81 quoted ones without a scholarly venue (3GPP, GSMA, IEEE 802, ITU, FIPS/NIST standards, Cisco/"
        "Juniper/Intel/Atheros pages and white papers, Facebook and potaroo.net posts, CERT advisories, talks 71,"
        " 361, 597, video 65, press 137/336/493/637/732/1053/1140/1150, IEEE Spectrum posts 262/612, Risks"
        " Digest 670); special cases: 382's ', “' close, 390/632's ',_”' close (italic opened inside the quote),"
        " 272's space after the opening quote, '?”' titles 645/672, the two continued references 85-88 and"
        " 1187-1190 (asserted), misplaced-bold keys 83/1010, repeated keys (Akhshabi 2011 at 44/46); ~25 random"
        " entries compared in full (23, 123, 228, 249, 272, 301, 303, 340, 419-427, 502, 531, 541, 585, 645, 659,"
        " 672, 717, 993, 1020, 1051, 1136, 1138, 1161); no ids in the file (asserted).",
    )


if __name__ == "__main__":
    main()
