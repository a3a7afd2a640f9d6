"""Wild44 truth for mli55/NetWis-Homepage publication.md: the full publication list of a wireless-networking
lab (NeTWIS, NC State; mobility management, cognitive radio, smart-grid communications, network resilience),
written as citation paragraphs with lab keys.

Shape: no heading at the top; one paragraph per work, separated by blank lines, each
``\\[KEY\\] Authors, "**Title**," Venue, Vol., pp., Date. [pdf](url) [bib](url)``: journal papers
``\\[JP-50\\]`` .. ``\\[JP-01\\]`` (1-99), conference papers ``\\[CP-125\\]`` .. ``\\[CP-01\\]`` (101-349, CP-09
before CP-10 at 331/333), then ``**Book Chapters**`` (351) with ``\\[BC-6\\]`` .. ``\\[BC-1\\]`` and ``**Thesis and
Technical Reports**`` (365) with PhD/MS theses and NeTWIS technical reports (``\\[PHD-jw-19\\]``, ``\\[MS-xf-13\\]``,
``\\[TR-01-05\\]``, ...).  The keys' brackets are backslash-escaped.  The title sits between quotes, straight
(``"``) or curly (``“ ”``), usually bold inside them with the citation comma inside or outside the bold
(``**Title**,``, ``**Title,**``); irregular cases: the quote misplaced before a space (3 ``Wang," **Towards
...**,"``), the bold running past the closing quote over the venue (1 ``"**_FLuMe_: ... Resolution,"**``,
17 ``"**Message Coverage ...," Journal of Vehicular Communications (Elsevier)**``), the bold closing before the
last letter (91 ``Wireless System**s,``), ``.,`` after the title (13), an italic nickname inside a title (1
``_FLuMe_``), a LaTeX formula (181 ``$\\\\alpha$-Reliability``), the four newest conference papers not bold (101-107),
``?,`` endings (133, 139).  Ids: three journal entries give DOI links (23 ``doi.ieeecomputersociety.org``, 25
and 27 ``<https://doi.org/...>``); the rest link PDFs on the lab site or nothing (``(pdf)``/``pdf`` as plain
text in 1, 3, 5).

Decisions:
- Entries: every keyed paragraph (202), one line each: journal and conference papers (a MobiCom demo paper
  203 included), book chapters (chapters in edited volumes, written works), PhD/MS theses and technical
  reports.  The two bold section labels are not entries.
- Title: the text between the first opening quote after the key and its closing quote, with bold/italic
  markers removed (also an unmatched ``**``) and a trailing ``,``/``.`` separator dropped (``?`` kept);
  the LaTeX is left as the helper renders the escaped text.
- Ids: as the line writes them (3 DOIs, no arXiv; asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "mli55__NetWis-Homepage__publication@55da1d2.md"
PART = "wild44_development"

KEY = re.compile(r"^\\\[(?P<key>[A-Za-z]+-[\w-]+)\\\]\s")
CLOSE = {'"': '"', "“": "”"}


def title_of(ln: str) -> str:
    start = min(i for i in (ln.find('"'), ln.find("“")) if i >= 0)
    close = CLOSE[ln[start]]
    end = ln.index(close, start + 1)
    t = ln[start + 1 : end]
    t = t.replace("**", "")
    t = re.sub(r"(?<![\w\\])_|_(?![\w])", "", t)
    return t.strip().rstrip(",.").strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    kinds: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        m = KEY.match(ln)
        if not m:
            assert ln.strip() in ("", "**Book Chapters**", "**Thesis and Technical Reports**"), (n, ln)
            continue
        kind = m.group("key").split("-")[0].upper()
        kinds[kind] = kinds.get(kind, 0) + 1
        papers.append(entry(lines, n, n, title_of(ln)))
    assert kinds == {"JP": 50, "CP": 125, "BC": 6, "PHD": 10, "MS": 5, "TR": 6}, kinds
    assert len(papers) == 202, len(papers)
    assert [p["line"] for p in papers if p["doi"]] == [23, 25, 27]
    assert not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '\\[KEY\\] Authors, \"**Title**,\" Venue ...' paragraph (journal, conference, book chapter, thesis,"
        " technical report) is an entry on its line (202); title = the text between the first opening quote"
        " (straight or curly) and its closing quote, bold/italic markers removed and a trailing ',' or '.'"
        " dropped; the two bold section labels are not entries.",
        "Whole file read (406 lines): all 202 keyed paragraphs counted by kind (JP 50, CP 125, BC 6, PhD 10,"
        " MS 5, TR 6, asserted) and every other non-blank line asserted to be a section label; -v output"
        " compared for the first/last of each kind (1/99, 101/349, 353/363, 367/405) and every title with an"
        " irregular quote or bold (1, 3, 13, 17, 91, 101-107, 133, 139, 181, 193); curly and straight quotes,"
        " comma inside/outside bold, '?,' kept as '?'; CP-09/CP-10 order (331/333); DOIs only at 23, 25, 27"
        " (asserted) and no arXiv; count 202 asserted.",
    )


if __name__ == "__main__":
    main()
