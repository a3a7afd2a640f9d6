"""Wild49 truth for deanyang-econ/deanyang ``_pages/publications.md``: the publication page of an economist's
academicpages (Jekyll) site (development / migration economics), newest commit (03b19e1, 2026-03-31).

Shape: 143 lines, 20 KB.  Front matter (1-6), a Liquid ``{% if site.author.googlescholar %}`` block (8-11) and
``{% include base_path %}`` (13).  An HTML comment (15-21) hides a "FORTHCOMING OR CONDITIONALLY ACCEPTED" section
whose one bullet (19, "Abundance from Abroad ...") is not rendered; the same paper is printed at 29.
``## IN PRINT`` (23) then a raw-HTML ``<ol reversed>`` (25-111) of 42 ``<li>`` items, one a line with blank lines
between: ``<li><a href="/deanyang/files/....pdf">Title</a>, <em>Journal</em>, Vol., date. (With ...) <a ...>REPLICATION
DATA</a>.</li>``.  A commented-out Liquid loop (113-115), ``## PUBLICATIONS IN EDITED VOLUMES`` (117), another
commented loop (119-121), then 11 Markdown ``*`` bullets (123-143) in citation style, authors first
(``McKenzie, David and Dean Yang, "Title," Chapter 4 in ... eds., _Book_, ...``); the chapter title is either in
double quotes or the text of a link (``Yang, Dean, [Title](url), _Journal_, ...``).

Special cases:
- 129 "Several chapters in ... eds., [_Financing the Family_](url), ... Chapter 2, "..."; Chapter 3, "..."; Chapter 4,
  "..." names three chapters in one bullet: three entries on that line; the book in the link is not an entry.
- 125 the link text is the French title with its English translation in parentheses, in italics:
  ``[_Des politiques migratoires ... (Migration Policies for Development)_](url)``; the translation is dropped.
- 31 "International Migration" (VoxDevLit, a review) is a publication of the list: an entry.
- 143 the closing italics are misplaced (``_International Migration, Remittances_, and the Brain Drain``): the
  title is the link text, unaffected.
- No arXiv id.  DOIs come only from REPLICATION DATA links on entry lines: AEA article pages
  (``aeaweb.org/articles?id=10.1257/...``, the paper's own DOI: 53, 77, 85, 89, 95) and Dataverse
  ``persistentId=doi:10.7910/DVN/...`` (the replication data set's DOI: 37, 45, 79); they stay as the lines give them.

Decisions:
- Entry = each ``<li>`` of the IN PRINT list (42) and each chapter named in the EDITED VOLUMES bullets (10 bullets
  with one chapter, 1 bullet with three): 55.  The commented-out forthcoming bullet (19) is not an entry.
- Title = the ``<a>`` text in ``<li>`` items; in the bullets the first double-quoted string, else the link text.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "deanyang-econ__deanyang___pages__publications@03b19e1.md"
PART = "wild49_development"

LI = re.compile(r'^<li><a href="[^"]+">(?P<title>[^<]+)</a>, <em>.*</li>$')
QUOTED = re.compile(r'"([^"]+)"')
LINKED = re.compile(r"^\* [^\[\"]*\[(?P<title>[^\]]+)\]\(")
CHAPTERS = re.compile(r'Chapter \d, "([^"]+)"')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[22] == "## IN PRINT" and lines[116] == "## PUBLICATIONS IN EDITED VOLUMES"
    papers = []
    n_li = n_bul = 0
    for n, ln in enumerate(lines, 1):
        if n < 23:  # front matter, Liquid, and the commented-out forthcoming section (15-21)
            continue
        if ln.startswith("<li>"):
            m = LI.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
            n_li += 1
        elif ln.startswith("* "):
            assert n > 117, n
            n_bul += 1
            if ln.startswith("* Several chapters"):
                chs = CHAPTERS.findall(ln)
                assert len(chs) == 3, chs
                papers.extend(entry(lines, n, n, t) for t in chs)
                continue
            q = QUOTED.search(ln)
            if q:
                title = q.group(1)
            else:
                m = LINKED.match(ln)
                assert m, (n, ln)
                title = m.group("title").strip("_")
                title = re.sub(r" \(Migration Policies for Development\)$", "", title)
            papers.append(entry(lines, n, n, title))
    assert (n_li, n_bul) == (42, 11), (n_li, n_bul)
    assert len(papers) == 55, len(papers)
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert t[27][0]["title"] == "Picture This: Social Distance and the Mistreatment of Migrant Workers"
    assert t[31][0]["title"] == "International Migration"
    assert t[99][0]["title"].endswith("International Financial Flows, 1970-2002"), t[99]
    assert t[123][0]["title"] == "Field and Natural Experiments in Migration", t[123]
    assert t[125][0]["title"] == "Des politiques migratoires pour promouvoir le développement", t[125]
    assert t[129][0]["title"] == "Migration, Remittances, and Economic Development: A Literature Review"
    assert len(t[129]) == 3
    assert t[143][0]["title"] == "Remittances and Poverty in Migrants' Home Areas: Evidence from the Philippines"
    assert 19 not in t
    write_truth(
        NAME,
        PART,
        papers,
        "Each <li> of the raw-HTML <ol reversed> IN PRINT list (27-109, 42) is an entry, title = its <a> text; each"
        " '*' bullet of PUBLICATIONS IN EDITED VOLUMES (123-143) is one chapter entry, title = the first double-quoted"
        " string, else the link text (italics and the parenthesised English translation on 125 dropped), except 129"
        " which names three chapters (Chapter 2/3/4, quoted) of a book: three entries; 55 in all.  The forthcoming"
        " bullet inside the HTML comment (19) is not rendered and not an entry; the book links are not entries.",
        "Read all 143 lines; compared -v for every entry: the 42 <li> titles against their link text (29, 31 VoxDevLit,"
        " 99 '1970-2002' kept, 101/109 apostrophes), the 11 bullets' quoted/linked titles with the trailing comma"
        " inside"
        " the quotes dropped, 125 translation dropped, 129 three chapters, 143 misplaced italics; no arXiv ids; DOIs"
        " from AEA article links (53, 77, 85, 89, 95) and Dataverse data links (37, 45, 79) on entry lines.",
    )


if __name__ == "__main__":
    main()
