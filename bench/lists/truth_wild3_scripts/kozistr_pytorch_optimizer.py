"""Wild3 truth for kozistr/pytorch_optimizer README.md: a code library's README listing the papers it implements.

The README documents the library (badges table, install, usage code) and lists what it implements in
three tables: 'Supported Optimizers' (120 rows), 'Supported LR Scheduler' (4), 'Supported Loss
Function' (8), each '| Name | *Description* | Official Code | Paper | Citation |'.  The Paper cell is
an autolink '<https://arxiv.org/abs/...>' (also OpenReview, ACL Anthology, CVF, a Google research PDF)
or a '[NIPS 2018](...)' / '[CVPR 18](...)' link; Citation links to ADS export pages or to the code
repository's citation section.  Decisions:

- An entry is a table row whose Paper cell links a paper; its line is the row.  Not entries (the row
  names an optimizer with no paper): Ranger (bit.ly link to a blog post), Tiger, COSMOS and EmoNavi
  (empty Paper cell), Adalite and Schedule-Free (the Paper cell links the GitHub repository), Muon
  (an x.com post).
- Title = the italic Description cell, as written: this README writes there the paper's title or its
  subtitle after the method's name ('Adapting Step-sizes by the Belief in Observed Gradients' for
  AdaBelief, 'k steps forward, 1 step back' for Lookahead), sometimes cut short (MADGRAD).  The name
  column (AdaBelief, Lion, ...) is a nickname, not part of the title.  Where the description names the
  technique and not the linked paper, the entry names no title (null): AGC ('Adaptive Gradient
  Clipping', links the NFNet paper), FTRL ('Follow The Regularized Leader', links 'Ad Click
  Prediction'), TRAC ('Adaptive Parameter-free Optimization', links Fast TRAC) and WSD
  ('Warmup-Stable-Decay learning rate scheduler', links the MiniCPM report).
- Rows the README got wrong are kept as written: SGDSaI links MARS's arXiv id 2411.10438 (two entries
  with the same id), Bi-Tempered's description is the title of another paper (its Paper cell
  1906.03361 is the id).
- arXiv id from the Paper cell (version dropped); the ADS citation links ('2020arXiv201007468Z')
  are not arXiv URLs.  No DOIs are written.
- Not entries: the 'Useful Resources' sections ('### Adaptive Gradient Clipping', ...), whose subject
  is a technique and whose paper links repeat rows of the tables; the closing '@software' BibTeX of
  the library itself.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild3 import arxiv_of, entry, read_lines, write_truth

NAME = "kozistr__pytorch_optimizer__README@7a076d2.md"
PART = "wild3_development"

NOT_PAPERS = {"Ranger", "Tiger", "COSMOS", "EmoNavi", "Adalite", "Schedule-Free", "Muon"}
NO_TITLE = {"AGC", "FTRL", "TRAC", "WSD"}
HEADERS = {"| Optimizer ": 120, "| LR Scheduler ": 4, "| Loss Functions ": 8}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for start, rows in HEADERS.items():
        h = next(i for i, t in enumerate(lines, 1) if t.startswith(start))
        assert lines[h].startswith("|---"), h
        for i in range(h + 2, h + 2 + rows):
            cells = [c.strip() for c in lines[i - 1].split("|")]
            assert len(cells) == 7 and cells[0] == cells[6] == "", i
            name, desc, paper_cell = cells[1], cells[2], cells[4]
            m = re.fullmatch(r"\*(.+)\*", desc)
            assert m, i
            if name in NOT_PAPERS:
                skipped.append(name)
                continue
            assert paper_cell, i
            e = entry(lines, i, i, None if name in NO_TITLE else m.group(1))
            assert e["arxiv"] == arxiv_of(paper_cell), i
            papers.append(e)
        assert not lines[h + 1 + rows].startswith("|"), h
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) == 132 - len(NOT_PAPERS)
    write_truth(
        NAME, PART, papers,
        "every row of the optimizer, LR-scheduler and loss tables whose Paper cell links a paper is an entry (the"
        " row), title = the italic Description cell as written (null where it names the technique, not the linked"
        " paper: AGC, FTRL, TRAC, WSD); rows with no paper or a repository / blog / x.com link are not entries,"
        " nor the technique sections and the library's own @software BibTeX",
        "all 132 rows listed with name, description and Paper cell (table row counts asserted, 7 non-paper rows by"
        " name), the three tables' first and last rows, ~25 rows compared by title and id against the file, every"
        " non-arXiv Paper cell (OpenReview, NIPS, CVPR, ACL, CVF, Google PDF), the null-title and miswritten rows"
        " (SGDSaI, Bi-Tempered), the badges table, Useful Resources sections and Citation block (not entries)",
    )


if __name__ == "__main__":
    main()
