"""Wild35 truth for elbayadm/PaperNotes notes/seq2seq/seq2seq.md: a PhD student's index of her own
paper notes on sequence-to-sequence models (Jekyll post generated from her bibliography).

Shape: front matter (lines 1-6), an update stamp (line 12), then a numbered list, lines 15-47, one
item per note: ``N. [ Title](https://rawgit.com/.../notes/seq2seq/<year>-<Slug>.html)``.  The link
goes to her HTML note, not to the paper, so no entry carries an arXiv id or DOI.  The link text is the
paper title as her generator wrote it, often cut short: at the colon ("Soft Actor-Critic" line 17,
"MaskGAN" line 20, "Breaking the Softmax Bottleneck" line 26, "{SEARNN}" line 18 with its BibTeX braces) or mid-phrase ("... Structured
Prediction and" line 24, "... Iterative" line 25, "... Sequence" line 27, "... Recurrent Neural"
line 42).  Decision: the title is the link text exactly as written (BibTeX braces dropped), since
that is what the file writes; the full title is only in the URL slug.  Not an entry: item 1, line
15, "Thesis - Contributions", her note on her own thesis, not a paper.  32 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "elbayadm__PaperNotes__notes__seq2seq__seq2seq@a3d689d.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\d+\. \[\s*([^\]]+)\]\(", text)
        if not m or i == 15:
            continue
        title = m.group(1).replace("{", "").replace("}", "")
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item from line 16 on is an entry (item 1, her thesis note, is not); title = the link "
        "text as written, truncated titles kept truncated, BibTeX braces removed.",
        "All 33 items read by eye against the output; the truncated titles (lines 17, 18, 20, 24, 25, 26, 27, 42) "
        "and the absence of ids confirmed.",
    )


if __name__ == "__main__":
    main()
