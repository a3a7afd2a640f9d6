"""Wild29 truth for grannycart/bibliography Science.md: a personal annotated reading bibliography
(one reader's log of what they read, "Science" shelf), kept as BibTeX records in a Markdown page.

Shape: Jekyll front matter, then ~207 unfenced BibTeX records (``@article{key,`` ... ``}``), each
with ``comment={...}`` and ``category={...}`` fields holding the reader's notes; between records, ``%``
comment lines (page-by-page reading notes, "See:" links and DOIs of other works) and a few unmarked
note lines (53-56).  The record at line 379 has no closing brace.  An entry is a record whose subject
is a scholarly work; it spans the record from its ``@`` line to its closing ``}`` (line 379's to its
last field line); the ``%`` notes after a record are the reader's commentary, not part of the entry.
Most records are not entries: newspaper and magazine pieces typed @article (The New York Times,
The New Yorker, Scientific American, Slate, Aeon, Smithsonian, National Geographic, Radiolab, NPR,
blogs, ...), books (@book), a web page (@misc line 2819) and Gould's essay in a literary magazine
(line 2773, "Columbia: A Journal of Literature and Art").  Scientific American is treated as a
magazine throughout (including Calhoun's "Population density and social pathology", line 2581).
Entries: journal articles (Nature, Science, PLoS, Proc. R. Soc. B, Scientific Reports, ...), a Nature
comment (line 1908), an arXiv preprint (line 2839), an SSRN paper (2602), a working paper (2787), and
three reports (2135 SDSN report, 2426 National Research Council report, 2849 NASA final report).
Title: the record's ``title``/``Title`` field, braces removed, BibTeX ``--`` kept as written.
Ids: the first DOI/arXiv id written in the record (``doi = {...}``, a doi.org or psycnet ``doi=`` URL,
``arXiv:1411.6009`` in the journal field); a DOI's trailing BibTeX closing brace is dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "grannycart__bibliography__Science@33273f4.md"
PART = "wild29_development"

SCHOLARLY = {
    204, 261, 633, 746, 787, 916, 975, 998, 1021, 1034, 1048, 1205, 1230, 1470, 1770, 1816, 1889,
    1908, 2066, 2135, 2165, 2178, 2258, 2276, 2426, 2483, 2523, 2558, 2602, 2633, 2661, 2676, 2714,
    2787, 2839, 2849,
}


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    seen = set()
    for i, ln in enumerate(lines, 1):
        if not re.match(r"\s*@\w+\s*\{", ln):
            continue
        j = i + 1
        while j <= n:
            t = lines[j - 1].strip()
            if t == "}" or t == "" or t.startswith("%") or re.match(r"@\w+\s*\{", t):
                break
            j += 1
        end = j if lines[j - 1].strip() == "}" else j - 1
        if i not in SCHOLARLY:
            continue
        seen.add(i)
        body = "\n".join(lines[i - 1:end])
        m = re.search(r"(?im)^\s*title\s*=\s*\{(.*)\}\s*,?\s*$", body)
        title = m.group(1).replace("{", "").replace("}", "")
        e = entry(lines, i, end, title)
        if e["doi"]:
            e["doi"] = e["doi"].rstrip("}")  # a BibTeX field's closing brace is not part of the DOI
        papers.append(e)
    assert seen == SCHOLARLY, SCHOLARLY - seen
    assert len(papers) == 36, len(papers)
    write_truth(NAME, PART, papers,
                "Each BibTeX record (from '@' to its closing brace) whose subject is a scholarly article, preprint, "
                "working paper or report is one entry; newspaper/magazine pieces, books and web pages are not; title is "
                "the record's title field without braces.",
                "Every record's venue/type listed and classified by eye (all 207); each of the 36 entries checked for span, "
                "title and ids; the unclosed record at 379 and the % note lines with other works' DOIs checked to stay outside spans.")


if __name__ == "__main__":
    main()
