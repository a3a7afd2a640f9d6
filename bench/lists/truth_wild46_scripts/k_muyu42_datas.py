"""Wild46 truth for muyu42/DataS paper_list.md: a personal list of papers on instruction-data selection
for LLMs, Chinese section headings, no links at all.

Shape: '# 数据数量' (data quantity), '# 数据质量' (data quality) with '## 指令质量 / 指令多样性 /
指令复杂度/难度' (instruction quality, diversity, complexity/difficulty): one plain line per paper,
'Title (Arxiv, Mar. 2023) [Paper] [Code]', a venue/date in parentheses and link labels in brackets
that link nowhere (the labels were copied without their URLs); two trailing spaces end each line.
Then '# paper_to_src': four blocks of an id line and one or two Chinese note lines, the id line
starting with the arXiv number ('2402.10430  Title') or only its yymm prefix ('2402 LESS: ...',
'2308 From Quantity ...', '2401  An Experimental ...').

Entries (32): every title line of the first two sections whose parenthesis names a paper venue
(Arxiv, ACL 2023, NeurIPS 2023), one line each; each paper_to_src block, from its id line to its
last note line.  Not entries: 'SelFee: ... (Blog post, May 2023) [Project]' (a blog post) and
'Stanford Alpaca (Mar. 2023) [Code]' (a code release).  'Lima: Less is more for alignment' is
listed in three sections and 'Enhancing Chat Language Models by Scaling High-quality Instructional
Conversation(s)' in two (once with a final 's'): each record is its own entry.

Title: the text before the parenthesised venue/date ('(Arxiv. Aug. 2023)' once has a period);
in paper_to_src the text after the number, the yymm prefix dropped; typos kept ('Infuential').
Ids: no URL anywhere; the first paper_to_src block writes the full arXiv number '2402.10430' as
bare text, which is recorded as that entry's arXiv id (the helpers only read 'arXiv:' text and URLs,
so it is set here); the yymm prefixes of the other three are not ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "muyu42__DataS__paper_list@8ad211f.md"
PART = "wild46_development"
LINES = read_lines(NAME)
ROW = re.compile(r"^(?P<title>.+?) \((?P<venue>[^()]*\d{4})\) (?P<labels>(?:\[\w+\] ?)+)\s*$")
SRC = re.compile(r"^(?P<id>\d{4}(?:\.\d{5})?) +(?P<title>\S.*?)\s*$")


def main() -> None:
    papers = []
    src_start = LINES.index("# paper_to_src") + 1
    for i, line in enumerate(LINES[: src_start - 1], 1):
        if not line.strip() or line.startswith("#"):
            continue
        m = ROW.match(line)
        assert m, (i, line)
        venue = m.group("venue")
        if venue.startswith("Blog post") or "[Paper]" not in m.group("labels"):
            assert i in (15, 25), (i, line)  # SelFee blog post, Stanford Alpaca code
            continue
        assert re.match(r"(Arxiv[.,] |ACL |NeurIPS )", venue), (i, venue)
        papers.append(entry(LINES, i, i, m.group("title")))
    i = src_start
    while i < len(LINES):
        m = SRC.match(LINES[i])
        if not m:
            assert not LINES[i].strip(), (i + 1, LINES[i])
            i += 1
            continue
        first = i + 1
        last = first
        j = i + 1
        while j < len(LINES) and LINES[j].strip():
            last = j + 1
            j += 1
        p = entry(LINES, first, last, m.group("title"))
        if "." in m.group("id"):
            assert p["arxiv"] is None
            p["arxiv"] = m.group("id")
        papers.append(p)
        i = j
    assert len(papers) == 32, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 1
    write_truth(
        NAME,
        PART,
        papers,
        "Each plain 'Title (venue, date) [Paper]...' line of the quantity/quality sections is one paper "
        "(a blog post and a code release skipped), title before the parenthesis; each paper_to_src block "
        "(id line plus Chinese notes) is one paper, title after the number, the bare '2402.10430' taken "
        "as its arXiv id.",
        "Read the whole file (63 lines) against the -v output: every line of the four lists (6+10+8+6, "
        "the SelFee blog post at 15 and Stanford Alpaca at 25 left out), the three Lima repeats and the "
        "two 'Enhancing Chat ...' variants, '(Arxiv. Aug. 2023)' at 19, the '?' title at 37, and the four "
        "paper_to_src blocks with their note lines (44-46, 48-49, 51-52, 54-55) and yymm prefixes.",
    )


if __name__ == "__main__":
    main()
