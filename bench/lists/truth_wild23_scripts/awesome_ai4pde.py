"""Wild23 truth for lizhihao2022/Awesome-AI4PDE README.md: an awesome list of AI-for-PDE papers with
bilingual (English and Chinese) one-sentence summaries.

Shape: six '## N. Section' headings (Solving, Inverse, Discovery, Analysis, Data & Benchmarks,
Applications; lines 25-2260), numbering restarting in each.  One record per paper, four paragraphs
separated by blank lines:
  '**N. Title**: \\[[VENUE](url)\\] \\[[CODE](url)\\] '   (escaped brackets; the CODE url is often empty)
  'Tags: tag, tag'
  '"English summary."'
  '"Chinese summary."'
Entry = the bold line through the Chinese summary line; title = the bold text after 'N. ' and before
'**:'.  The venue link is the paper (NeurIPS/ICML/ICLR proceedings, OpenReview, PMLR, Nature, arXiv,
IJCAI, AAAI, ACM DL, ScienceDirect); arXiv ids come from the 13 arxiv.org venue links and DOIs from
ACM DL URLs (Nature article ids and ScienceDirect pii are not DOIs).  Special case: line 1251's title
holds TeX '$L^2$', kept as written.  Every record is a paper; the intro's conference list and the
table of contents are not entries.
Count check: 278 lines start with '**' + digits, 278 'Tags:' lines, every other non-blank line after
line 24 is a heading or a quoted summary; 278 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "lizhihao2022__Awesome-AI4PDE__README@0c8ebb5.md"
PART = "wild23_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if re.match(r"\*\*\d+\. ", t)]
    assert sum(t.startswith("Tags:") for t in lines) == 278
    papers = []
    for k, h in enumerate(heads):
        m = re.match(r"\*\*\d+\. (.+?)\*\*: \\\[\[", lines[h - 1])
        assert m, h
        stop = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        end = h
        for j in range(h + 1, stop):
            t = lines[j - 1]
            if t.startswith("#"):
                break
            if t.strip():
                end = j
        own = [lines[j - 1] for j in range(h, end + 1) if lines[j - 1].strip()]
        assert len(own) == 4 and own[1].startswith("Tags:") and own[3].startswith('"'), h
        papers.append(entry(lines, h, end, m.group(1)))
    assert len(papers) == 278, len(papers)
    write_truth(NAME, PART, papers,
                "each '**N. Title**: \\[[VENUE](url)\\] \\[[CODE](url)\\]' record with its Tags line and English and"
                " Chinese summary paragraphs is an entry; title = the bold text after the number",
                "first and last entry of each of the 6 sections, a sample of about 25 entries across the file,"
                " all 13 arXiv venue links and the ACM DL DOIs, the '$L^2$' title on line 1251; the 4-paragraph"
                " span of every record checked by the script's asserts")


if __name__ == "__main__":
    main()
