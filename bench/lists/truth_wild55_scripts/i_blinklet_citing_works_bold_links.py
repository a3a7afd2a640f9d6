"""Wild55 truth for blinklet/blog-posts citations/citations.md: Brian Linkletter's page of "papers or articles that
cite material published on my blog" (network emulators/simulators, SDN, Mininet), a project-style bibliography of
citing works, newest commit (c64b285).

Shape: 578 lines, 60 KB.  Three intro paragraphs (1-5; line 1 says 126 works, the page holds 127 items), then one
``### <blog post title>`` heading per cited blog post (7 ... 573; some close with `` ###``).  Each item is a block:
line 1 ``**[Title](url)**`` plus a Markdown hard break (two trailing spaces; a tab at 47, three spaces at 111/119),
line 2 authors/affiliation/venue ``-- year;`` (sometimes without year, 40/54), line 3 a one-paragraph description
(English; Spanish/Korean/Portuguese works are described in English, 120 has Hangul author names).  Blocks are
separated by blank lines; some descriptions wrap onto a second line (187-188, 197-198, 336-337), 194-198 splits the
authors and the journal over two lines, 445, 460 and 493 have no description, and at 491-492 a heading is followed
directly by an item.

Special cases:
- Titles are the link text only; 73 keeps its inner ``"SDN"`` quotes, 107 has doubled spaces (whitespace is tidied),
  240 ends with a space inside the brackets, 575 ends with a period (dropped).
- Non-papers among the items, not entries: 21 (conference slides, "Presented at FOSDEM ... NANOG 72"), 97 (a course
  practicum: "Lab procedures for SDN courses"), 339 (slides of a guest talk on SlideShare), 459 (lab notes for a
  course), 472 (a blog post).  Theses, book chapters, training/student reports and the SlideShare-hosted report at
  89 are kept: the page lists them as citing publications and each describes a piece of work.
- Ids: nine DOIs, all from the entries' own links: Springer article links (153, 224), doi.org links (165, 177,
  367, 371, 426, 484) and a Wiley ``doi/10.1002/spe.2273/full`` link (295).  484 ("Benchmarking SDN Controllers",
  a Coimbra dissertation) links the DOI 10.14201/adcaij.31674, which is really that of the ADCAIJ paper at 488; the
  truth keeps what the file writes.  Repository, ResearchGate, Google Books and IEEE pages give none.

Decisions:
- Entry = each ``**[Title](url)**`` item except the five non-papers above (122 entries).
- Span = the bold title line through the last non-blank line before the next blank line, heading or item.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "blinklet__blog-posts__citations__citations@c64b285.md"
PART = "wild55_development"

ITEM = re.compile(r"^\*\*\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)\*\*\s*$")
NOT_PAPERS = {21, 97, 339, 459, 472}  # slides, a course practicum, talk slides, lab notes, a blog post


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("**[")]
    assert all(ITEM.match(lines[n - 1]) for n in starts), [n for n in starts if not ITEM.match(lines[n - 1])]
    assert len(starts) == 127, len(starts)
    papers = []
    for n in starts:
        if n in NOT_PAPERS:
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("**[", "#")):
            last += 1
        title = ITEM.match(lines[n - 1]).group("title").strip().removesuffix(".")
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 122, len(papers)
    assert by[9]["title"] == ("A Comparative Study of Dynamic Resource Allocation Techniques in Cloud Computing:"
                              " Load Balancing in Compute Power"), by[9]
    assert by[9]["end"] == 11, by[9]
    assert by[47]["title"] == "Ensuring consistency in distributed software-defined network control plane", by[47]
    assert by[73]["title"].startswith('Design Of An Architecture Based On Technology "SDN" (Software'), by[73]
    assert by[107]["title"] == ("Experimenting with Resilience and Scalability of Wifi Mininet on Small to Large SDN"
                                " Networks"), by[107]
    assert by[153]["doi"] == "10.1007/s40998-021-00425-w", by[153]
    assert by[224]["doi"] == "10.1007/s11036-017-0838-5", by[224]
    assert by[295]["doi"] == "10.1002/spe.2273", by[295]
    assert by[484]["doi"] == "10.14201/adcaij.31674" and by[488]["doi"] is None, (by[484], by[488])
    assert by[334]["end"] == 337, by[334]
    assert by[240]["title"] == "Performance Evaluation of Software Defined Networking compare to Traditional Networks"
    assert by[575]["title"] == ("Design and Development of a Prototype of Air Quality Monitoring System in the Rooms"
                                " of the León Becerra Children's Hospital"), by[575]
    assert by[575]["end"] == 577, by[575]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '**[Title](url)**' item (a bold link line with a hard break, then an authors/venue line and a"
        " description) is an entry, except five that the page itself describes as non-papers: conference slides (21),"
        " a course practicum (97), guest-talk slides (339), lab notes (459) and a blog post (472).  Title = the link"
        " text (trailing period dropped at 575).  Span = the title line through the last non-blank line before the"
        " next blank line, heading or item.",
        "Listed all 127 bold items with their next lines and compared -v against the file for every entry: titles,"
        " spans (wrapped descriptions 187-188/197-198/336-337, no description 445/460/493, heading directly above 492), the five skipped non-papers, the quoted"
        " 'SDN' title 73, the double spaces 107, the trailing space 240 and period 575, and the nine DOIs (484's link carrying 488's DOI).",
    )


if __name__ == "__main__":
    main()
