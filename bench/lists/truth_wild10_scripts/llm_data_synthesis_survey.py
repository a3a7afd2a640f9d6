"""Wild10 truth for IRIP-BUAA/A-Survey-on-Data-Synthesis-and-Augmentation-for-Large-Language-Models README.md.

Shape: the companion of a survey of data synthesis and augmentation for LLMs, one Markdown table
per node of the survey's taxonomy (Taxonomy; Full Lifecycle of LLM with six application
subsections; Functionality; Challenges and Limitations; Future Directions): 23 tables
'| Paper | Published in | Code/Project |', each row '| [Title](url) | Venue Year | code-url or - |',
padded with spaces.  The title link is once empty ('[Generative AI for Math: Abel]()') and once
lacks its scheme ('(arxiv.org/abs/2301.07069)'); one link writes 'abs/arXiv:2306.08568'.

Entry: every data row (a line starting '| [') whose record the list presents as a paper; title =
the link text of the Paper cell.  Not entries, by what the row itself says: the rows the list marks
as a GitHub repository ('github 2023' / 'Github repo' in Published in, the link a repository: Code
alpaca, Stanford Alpaca, ShenNong-TCM, ZhongJing, WisdomInterrogatory, FinGLM Competition) and the
blog posts (the Alpaca CRFM post twice, the Vicuna LMSYS post).  The Abel row (empty link,
'arxiv 2024') is presented as a paper and kept, with no id.  The survey's own arXiv URL in the
header line ('Please check out our survey paper: url', no title) is not an entry.  Ids come from
the row's own text, so a row whose title links elsewhere takes an arXiv id written in its
Code/Project cell; repeated papers and copied links (AlpaGasus and TinyStories both link
2307.08701) are kept as written.

Count check: grep -c '^| \\[' = 249 rows (295 '|' lines less 23 header and 23 separator lines);
per-table counts summed by section (13+13+39+12+42+29+14+12+6+9+9+4+1+2+6+6+5+6+6+4+2+2+7 = 249);
less 9 repository and blog rows = 240 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "IRIP-BUAA__A-Survey-on-Data-Synthesis-and-Augmentation-for-Large-Language-Models__README@55953e3.md"
PART = "wild10_development"
NOT_PAPERS = {158, 159, 193, 195, 297, 298, 307, 320, 328}  # repositories and blog posts, by their rows


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    skipped = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("| ["):
            continue
        rows += 1
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 3, i
        m = re.fullmatch(r"\[(.+)\]\(((?:[^()]|\([^()]*\))*)\)", cells[0])  # a URL may hold (..)
        assert m, (i, cells[0])
        if i in NOT_PAPERS:
            assert re.search(r"github\.com|crfm\.stanford\.edu|lmsys\.org", m.group(2)), i
            skipped.append(i)
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert rows == 249 and len(skipped) == 9 and len(papers) == 240, (rows, skipped, len(papers))
    write_truth(NAME, PART, papers,
                "every '| [Title](url) | Venue | Code |' row of the 23 taxonomy tables is an entry, title = the"
                " Paper cell's link text; rows the list itself marks as GitHub repositories (6) and the Alpaca"
                " and Vicuna blog posts (3) are not entries; the header's bare link to the list's own survey"
                " is not an entry",
                "all 249 rows listed (grep) and per-section counts summed; every row whose link is not a paper"
                " host looked at by eye (the 9 skipped, the Abel row with an empty link kept, SALMON's iclr.cc"
                " poster page, iBKH's cell.com PII giving no DOI); about 40 titles against the file, the"
                " leading-space link texts, 'VILA$^2$', the scheme-less arXiv link (line 214) and"
                " 'abs/arXiv:2306.08568' (id 2306.08568)")


if __name__ == "__main__":
    main()
