"""Wild44 truth for wenhwu/awesome-remote-sensing-change-detection paper/2018-10-25-2016CDpaper57.md at commit
4840999 (2019-08-05): a Chinese remote-sensing researcher's annotated list "57 papers on RSCD in 2016" -- the papers
on (mostly high-resolution optical) change detection he kept from a Web of Science search, each with its English
abstract and a Chinese machine translation (Youdao).  The newest commit of the repository (ea11baa, 2026) is an
English awesome list; the ``paper/`` folder was deleted in b779856 (2019-09-02), so the file is taken from that
commit's parent, the last commit holding it.

Shape: 361 lines, LF, UTF-8, final newline.  Heading ``### 57 papers on RSCD in 2016`` (1), a Chinese paragraph on
the search (5-9, with a nested list of the search conditions) and one line crediting the translation with an HTML
``<a>`` link (11).  Then 57 numbered records ``N.<TAB>reference`` (13-357, numbered 1-57 without gaps), each followed
by a blank line, the English abstract indented four spaces, a blank line, and the Chinese translation indented four
spaces.  Irregular spacing: two abstracts run over two lines (137-138, 322-323); some blank lines hold spaces
(56, 177, 269, 309, 358); two blank lines before 68, 129,
173, 217 and before the translations at 178 and 270.  The references mix two citation
styles with the title always in bold: GB/T 7714 exported from Google Scholar (``Albert L, Rottensteiner F, Heipke C.
**Title**[J]. Journal, 2016 ...``, ``[C]//2016 IEEE ... (IGARSS)``) and EndNote-style (``Cao, G., et al. (2016).
"**Title**." Journal 37(5): 1173-1189.``, sometimes unquoted for proceedings: lines 210, 278, 296, 314).  Three records are
book chapters marked ``（Book chapter）`` after the title (25, 31, 37).  Titles hold a question mark (13), a colon
(31, 290), hyphenation left in by copying (``multi- method`` 43, ``Self- Adaptive`` 74, ``High- Resolution`` 284,
``Multi- sequence`` 333), a glued word (``Saliency Andwavelet`` 327).  The file holds no URL, DOI or arXiv id.

Decisions:
- Entry = each numbered record (57), spanning the reference line through its Chinese translation (the abstract and its
  translation are the record's own text, like an abstract under a reference); the three book chapters are entries
  (scholarly chapters of edited volumes listed among the papers by Web of Science), no whole book occurs.
- Title = the bold text of the reference, as written (copying spaces and glued words kept); the quotes and full stop
  around it, the authors, the ``[J]``/``[C]`` type marks and the venue are not part of it.
- Ids: none (the records give no link or identifier).
- Not entries: the heading, the search description and its condition list, the translation credit line.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "wenhwu__awesome-remote-sensing-change-detection__paper__2018-10-25-2016CDpaper57@4840999.md"
PART = "wild44_development"

ITEM = re.compile(r"^(\d+)\.\t(\S.*)$")
BOLD = re.compile(r"\*\*(.+?)\*\*")
CJK = re.compile(r"[\u4e00-\u9fff]")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 362 and lines[-1] == "", len(lines)
    assert lines[0] == "### 57 papers on RSCD in 2016"
    starts = [n for n, ln in enumerate(lines, 1) if ITEM.match(ln)]
    assert [int(ITEM.match(lines[n - 1]).group(1)) for n in starts] == list(range(1, 58))
    assert starts[0] == 13 and all(not ITEM.match(ln) and not BOLD.search(ln) for ln in lines[:12])
    papers = []
    chapters = []
    split = []
    for i, n in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        body = [k for k in range(n + 1, stop + 1) if lines[k - 1].strip()]
        # abstract (English) then translation (Chinese), indented four spaces (an abstract may run over two lines)
        zh = [k for k in body if CJK.search(lines[k - 1])]
        assert zh and zh == body[-len(zh):] and len(body) > len(zh), (n, body)
        assert all(lines[k - 1].startswith("    ") for k in body), (n, body)
        if len(body) != 2:
            split.append(n)
        ref = ITEM.match(lines[n - 1]).group(2)
        bolds = BOLD.findall(ref)
        assert len(bolds) == 1, (n, bolds)
        if "（Book chapter）" in ref:
            chapters.append(n)
        papers.append(entry(lines, n, body[-1], bolds[0]))
    assert chapters == [25, 31, 37], chapters
    assert split == [135, 320], split  # abstracts running over two lines
    t = {p["line"]: p for p in papers}
    assert t[13]["title"] == "Contextual land use classification: How detailed can the class structure be?"
    assert t[13]["end"] == 17 and t[61]["end"] == 65 and t[68]["end"] == 72
    assert t[43]["title"].startswith("Object-oriented change detection method based on adaptive multi- method")
    assert t[327]["title"] == "Land Cover Change Detection Using Saliency Andwavelet Transformation"
    assert t[357]["title"].startswith("Strategies Combining Spectral Angle Mapper") and t[357]["end"] == 361
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 57, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered record 'N.<TAB>reference' is one paper spanning the reference, its indented English abstract "
        "and its Chinese translation; title = the bold text in the reference as written (GB/T 7714 and EndNote styles "
        "alike); the three '（Book chapter）' records count as entries; no ids (the file has no links).",
        "Listed all 57 numbered reference lines and compared each bold title with the -v output; first and last records "
        "(13, 357) and the spans around the irregular spacing (abstracts over two lines in 135 and 320, space-only lines 56, 177, 269, 309, 358, double blank lines before 68, 129, 173, 178, 217, 270); the "
        "three book chapters (25, 31, 37); quoted vs unquoted bold titles (19, 25, 210, 278, 296, 314); copy hyphenation "
        "and glued words kept (43, 74, 284, 327, 333); header lines 1-11 hold no reference; grep finds no URL, DOI or "
        "arXiv id except the translation credit link (11).",
    )


if __name__ == "__main__":
    main()
