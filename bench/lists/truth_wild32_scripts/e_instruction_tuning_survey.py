"""Wild32 truth for xiaoya-li/Instruction-Tuning-Survey README.md: the companion list of the survey
"Instruction Tuning for Large Language Models", HTML tables followed by a numbered bibliography.

Shape, part 1 (lines 74-1157): raw HTML ``<table>``s (IT datasets, IT models, multi-modality datasets and
models, domain-specific models, efficient tuning, close- and open-ended evaluations).  A record is one
``<tr>`` ... ``</tr>`` block, one ``<td>`` per line; the first cell names a dataset/model with a
reference marker ``Name [<a href="#refN">N</a>]`` (in some rows after a category cell with ``rowspan``),
and one cell is ``<a href="URL" target="_blank">paper</a>`` or ``-``.  A row whose paper cell links a
paper is an entry with title None (the row names only a dataset/model nickname; "paper" is a label).
When the paper cell has ``rowspan="N"`` the entry also covers the N-1 continuation rows (LAMM lines
769-781, LLaVA 842-860, Video-LLaMA 861-879).  Not entries: header rows, rows whose paper cell is ``-``
(Alpaca, Vicuna, ShareGPT, MOSS ...: no paper given in the row), and the three rows whose "paper" link is
a blog post or web page (Dolly -> databricks.com/blog, ChatGPT -> openai.com/blog, Nectar ->
starling.cs.berkeley.edu).  The LIMA model row (line 611) writes its arXiv URL with a stray " ｜  -" in the
href; the id is still there.
Part 2 (lines 1161-1719, "References"): ``<a id="refN">[N]</a> Authors. **Title**. Venue. [Paper](url)``,
a paragraph of one to seven lines; each paragraph is one entry, title = the bold text (hard line breaks
inside it collapse to spaces).  Number 3 is used twice (lines 1177 and 1181, two citations of Unnatural Instructions, the first one's
link pointing to Natural Instructions); both
are entries.  Not entries (software, repositories, web pages, blog posts, dataset releases without a
paper): refs 10 Free Dolly (databricks blog), 12 Introducing ChatGPT (openai blog), 14 OIG dataset, 15
InstructionWild (GitHub), 17 Alpaca (CRFM blog post), 20 Vicuna (website), 23 Guanaco, 30 Starling-7b
(web page), 53 Free Dolly, 56 OpenAccess AI Collective (software), 58 NousResearch (software), 60
YuLan-Chat (GitHub), 61 MOSS (blog post), 62 Airoboros (software), 78 OpenFlamingo (the 2023 software
citation), 82 ChatGLM-Med (GitHub), 100 AlpacaEval (GitHub repository).  Repeated papers (a table row and
its reference) are separate entries.  The survey's own BibTeX (lines 6-11) is boilerplate, not an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "xiaoya-li__Instruction-Tuning-Survey__README@27a200b.md"
PART = "wild32_development"
BLOG = ("databricks.com/blog", "openai.com/blog", "starling.cs.berkeley.edu")
NOT_PAPERS = {10, 12, 14, 15, 17, 20, 23, 30, 53, 56, 58, 60, 61, 62, 78, 82, 100}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    ref_start = next(i for i, ln in enumerate(lines, 1) if ln.strip() == "## References")
    # part 1: table rows
    rows = []
    i = 1
    while i < ref_start:
        if re.match(r"\s*<tr>\s*$", lines[i - 1]):
            j = i
            while "</tr>" not in lines[j - 1]:
                j += 1
            rows.append((i, j))
            i = j + 1
        else:
            i += 1
    k = 0
    while k < len(rows):
        a, b = rows[k]
        text = "\n".join(lines[a - 1 : b])
        k += 1
        if "<th" in text:
            continue
        m = re.search(r'<td([^>]*)><a href="([^"]*)"[^>]*>paper</a></td>', text)
        if not m:
            continue
        if any(x in m.group(2) for x in BLOG):
            continue
        span = re.search(r'rowspan="(\d+)"', m.group(1))
        if span:
            extra = int(span.group(1)) - 1
            b = rows[k + extra - 1][1]
            k += extra
        papers.append(entry(lines, a, b, None))
    n_rows = len(papers)
    # part 2: references
    starts = [i for i, ln in enumerate(lines, 1) if re.match(r'<a id="ref\d+">', ln)]
    for s in starts:
        e = s
        while e < len(lines) and lines[e].strip() and not lines[e].startswith("<a id=") and not lines[e].startswith("#"):
            e += 1
        num = int(re.match(r'<a id="ref(\d+)">', lines[s - 1]).group(1))
        if num in NOT_PAPERS:
            continue
        block = "\n".join(lines[s - 1 : e])
        t = re.findall(r"\*\*(.+?)\*\*", block, re.DOTALL)
        assert len(t) == 1, (s, t)
        papers.append(entry(lines, s, e, t[0]))
    assert n_rows == 86, n_rows
    assert len(papers) == 86 + 94, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each HTML table row whose paper cell links a paper (not '-', not a blog/web page) is an entry with title "
        "None, spanning its <tr> block plus rowspan continuation rows; each numbered reference paragraph is an entry "
        "titled by its bold text, except 17 references to software, repositories, blog posts and web pages.",
        "Every table row checked by eye (86 entries; the '-' rows, the 3 blog/web 'paper' links and the rowspan "
        "records LAMM, LLaVA, Video-LLaMA); every reference checked: 94 entries, the 17 excluded ones read in full, "
        "the duplicated [3], multi-line bold titles.",
    )


if __name__ == "__main__":
    main()
