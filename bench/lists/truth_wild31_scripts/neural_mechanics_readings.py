"""Wild31 truth for Nix07/neural-mechanics-web public/readings.md: the week-by-week reading list of a
Northeastern course ("The Neural Mechanics of Concepts"), written as annotated prose.

Shape: `## Week N: Topic` headings, an introductory prose paragraph per week, then one paragraph per
reading: `**Authors (Year)** "[Title](url)" description...`, optional readings prefixed with
`*(Optional)* `.  Each reading paragraph is a single line; the title is the link text inside the quotes.
Special cases:
- line 19 (nostalgebraist, "interpreting GPT: the logit lens", a LessWrong blog post) is a blog post,
  not an entry;
- line 21 (Wendler et al.) ends with an aside `*(For a refined version ..., see Belrose et al. 2023
  "[Eliciting Latent Predictions from Transformers with the Tuned Lens](arxiv 2303.08112)".)*`: the record
  names a second paper, so it counts as two entries on the same line; the second entry's arXiv id is the
  one its own link gives (2303.08112), not the first id of the line;
- the week intro paragraphs (15, 29, 45, ...), the italic Week 0 note (9) and the closing "Summary"
  bullets (149-151, whose "38 papers" count is the file's own) are not entries;
- Transformer Circuits Thread articles (transformer-circuits.pub) are research papers and count.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import arxiv_of, entry, read_lines, write_truth

NAME = "Nix07__neural-mechanics-web__public__readings@76cf962.md"
PART = "wild31_development"

NOT_PAPERS = {19}
ASIDE_LINE = 21


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for no, ln in enumerate(lines, 1):
        if not re.match(r'^(\*\(Optional\)\* )?\*\*[^*]+\*\* "\[', ln):
            continue
        if no in NOT_PAPERS:
            continue
        m = re.search(r'"\[([^\]]+)\]\(', ln)
        papers.append(entry(lines, no, no, m.group(1)))
        if no == ASIDE_LINE:
            aside = ln[ln.index("*(For a refined"):]
            m2 = re.search(r'"\[([^\]]+)\]\(([^)]+)\)', aside)
            p = entry(lines, no, no, m2.group(1))
            p["arxiv"] = arxiv_of(m2.group(2))
            papers.append(p)
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each reading paragraph ('**Authors (Year)** \"[Title](url)\"', optionally prefixed '*(Optional)*') is one "
        "entry titled by the quoted link text; the LessWrong logit-lens blog post is not an entry; the Belrose et al. "
        "aside inside the Wendler paragraph is a second entry on the same line with its own arXiv id.",
        "Every entry checked by eye against the file (all 37), including the optional readings, the aside at line 21 "
        "and the excluded blog post at line 19.",
    )


if __name__ == "__main__":
    main()
