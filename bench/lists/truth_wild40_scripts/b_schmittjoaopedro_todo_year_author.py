"""Wild40 truth for schmittjoaopedro/machine-learning Papers/README.md: a personal "To Read" checklist of classic
and recent deep-learning papers (CNNs, RNN/seq2seq, detection/segmentation, transformers, LLM scaling/alignment),
kept in the owner's machine-learning notebook repository (the folder was first spelt "Pappers/", renamed to
"Papers/" in June 2024).

Shape (64 lines, no final newline): "# To Read", a blank, then 62 bullets "* [] YEAR, Author: Title" in year order
(1997-2023).  The checkbox is written "[]" (no space, so GitHub renders it as literal text, not a task box); one
item is ticked "[x]" (28).  Two items have no author: "* [] 2014: Going Deeper with Convolutions (GooLeNet)" (16)
and "* [x] 2015: Deep Residual Networks for Image Recognition" (28).  No links, no ids.  Titles are typed from
memory with the owner's spelling and punctuation ("Bahdanaeu", "Karphaty", "Rediographs", "Computer-Optimal",
"Fine-Tunning", colons dropped: "Glove Global Vectors ...", "ReAct Synergizing ...").  "2018, Woo: CBAM: ..." is
written twice (44, 45).

Decisions:
- Entry = each bullet (one paper each); 62 entries.  The heading is not an entry.  All 62 are scholarly papers or
  preprints (t-SNE's JMLR article under Hinton, the MobileNets/LoRA/LLaMA arXiv reports, the PEFT guide "Scaling
  Down to Scale Up" is an arXiv survey).
- The repeated CBAM line gives two entries (the README convention for repeated records).
- Title = the text after "YEAR, Author: " (or "YEAR: " where no author is named), as written, misspellings kept;
  the first ": " after the author ends the author, so title colons stay ("OverFeat: Integrated ...",
  "U-Net: ...", "LoRA: ...").  The list's trailing nickname "(GooLeNet)" (16) is an annotation, not part of the
  title, and is dropped; the final "." of "A neural algorithm of artistic style." (32) is a separator and dropped.
- No arXiv ids or DOIs (no links).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "schmittjoaopedro__machine-learning__Papers__README@86fb79b.md"
PART = "wild40_development"

ITEM = re.compile(r"^\* \[x?\] (?P<year>(?:19|20)\d\d)(?:, (?P<author>[A-Z][A-Za-z]+))?: (?P<title>.+)$")
NICKNAME = re.compile(r" \((?:GooLeNet)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# To Read" and lines[1] == ""
    papers = []
    no_author = []
    for n, text in enumerate(lines[2:], 3):
        m = ITEM.match(text)
        assert m, (n, text)
        title = NICKNAME.sub("", m.group("title")).rstrip(".")
        if m.group("author") is None:
            no_author.append(n)
        papers.append(entry(lines, n, n, title))
    assert no_author == [16, 28], no_author
    assert len(lines) == 64 and len(papers) == 62, (len(lines), len(papers))
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* [] YEAR, Author: Title' checklist bullet (62, one ticked '[x]', two without author) is an entry;"
        " title = the text after the first ': ' following year/author, as written, with the trailing '(GooLeNet)'"
        " nickname and a final '.' dropped; the repeated CBAM line counts twice; no links, so no ids.",
        "Whole file read (64 lines) against the -v output: the first and last bullets (3, 64), the two author-less"
        " items (16 '(GooLeNet)' dropped, 28 ticked '[x]'), titles with their own colons (7, 17, 26, 29, 30, 31,"
        " 40, 44, 45, 54), the duplicated CBAM (44/45), the trailing '.' (32), the multi-capital author 'LeCun'"
        " (4), the misspelt authors left out (25 'Bahdanaeu', 33 'Karphaty'), the misspelt titles kept as written (41"
        " 'Rediographs', 56 'Computer-Optimal', 64 'Fine-Tunning'), titles whose colon the owner dropped (15, 58,"
        " 60-64), and every remaining title against its line.",
    )


if __name__ == "__main__":
    main()
