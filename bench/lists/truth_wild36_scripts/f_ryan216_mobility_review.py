"""Wild36 truth for Ryan-216/thesisz 文献综述.md: a Chinese thesis literature review ("文献综述") on how
international academic mobility affects researchers, followed by its reference list.

Shape: lines 1-53 are the review itself -- a "## 文献综述" heading, three "### 一、/二、/三、" sections with
bold "（一）..." sub-captions and long Chinese paragraphs that cite works inline in author-year form
("（Netz et al., 2020）", "（孙伟、赵世奎，2018）").  Those inline citations are running prose, not entries.
Line 55 is a rule, line 57 "### 参考文献" (references) opens the bibliography: 42 APA-style reference
paragraphs, one per line, blank lines between (lines 59-141, no final newline).  29 are English
(alphabetical, Acciai ... Wang) and 13 Chinese (陈丽媛 ... 钟滢), all written
"Authors. (Year). Title. *Journal*, vol(issue), pages." -- every one is a journal article except line 63
(Appelt et al. 2015), a chapter in an edited volume ("In A. Geuna (Ed.), *Global Mobility of Research
Scientists* ..."), which is still one scholarly work and an entry.
Entry = one reference line.  Title = the text after "(Year). " up to the italic venue (" *") or, for the
chapter, up to " In "; the separating final "." is dropped, a "?" kept ("How do students ...
mobility?", "Is it better to stand on two boats or sit on the Chinese lap?"), and a title that goes on
after a "?" keeps its subtitle ("What effects does ... careers? A systematic review").  Chinese titles keep
their "——" subtitles and ASCII quotes as written.  Two references carry a DOI URL (lines 59, 93); there
are no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "Ryan-216__thesisz__文献综述@2ed9b7a.md"
PART = "wild36_development"

REF = re.compile(r"^(?P<authors>.+?)\s*\((?P<year>\d{4})\)\.\s+(?P<rest>.+)$")


def title_of(rest: str) -> str:
    """The title: up to the italic venue, or up to ' In ' (edited-volume chapter)."""
    m = re.match(r"(.+?)\s+In [A-Z]\. [A-Z]", rest)
    if m:
        return m.group(1).rstrip(".")
    cut = rest.index(" *")
    return rest[:cut].rstrip(".")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("### 参考文献") + 1
    papers = []
    for n in range(start + 1, len(lines) + 1):
        text = lines[n - 1]
        if not text.strip():
            continue
        m = REF.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, n, title_of(m.group("rest"))))

    assert start == 57, start
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each APA-style reference paragraph under '### 参考文献' (29 English, 13 Chinese; one edited-volume chapter) "
        "is an entry, its title the text between '(Year). ' and the italic venue (or ' In ' for the chapter); "
        "author-year citations inside the review prose are not entries.",
        "Read all 141 lines: the review prose (1-53, inline author-year citations only) and every one of the 42 "
        "reference lines (59-141) compared with its title in the -v output, including the chapter (63), the "
        "'?' titles (63, 67, 85, 95, 101) and the 13 Chinese references; 2 DOIs checked.",
    )


if __name__ == "__main__":
    main()
