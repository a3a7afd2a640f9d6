"""Wild31 truth for learn-data-science/data-science-reading summary.md: a reading group's running log of papers.

Shape: `# YYYY-MM-DD` meeting headings (newest first), each with `## Chosen Paper` followed by a bare paragraph
`[Title](url), Authors \\[[pdf](...)\\] ...` (not a list item) and `## Other Suggestions` with `* [Title](url),
Authors` bullets; one `## Bonus extra suggestion for LDA` block (L528-L530); one meeting with an empty Chosen
Paper (L606-L608 area); then `# 2016 Archives` with dated bullets `- 2016-10-12: [Title](url), Authors`.
Papers recur across meetings (suggested again); each occurrence is its own entry.

Entry: each chosen-paper paragraph and each bullet whose linked item is a scholarly work.  Multi-line records
end where the next blank line / bullet starts: L98-L99 (authors wrapped), L455-L456 (`\\[paywalled\\]` prefix,
authors wrapped), L639-L640 (link text starts on the next line).  Not entries: book chapters and books (L37
"Auto ML book chapter 3", L52 "Mining of Massive Datasets: Chapter 9", L253 Gelman & Hill "Missing-data
imputation"), blog posts / web essays / tutorials (L53 "Spinning Up in Deep RL", L132 "A Principled Bayesian
Workflow" case-study page, L332 Nielsen's essay, L616 "The Model Complexity Myth").  Counted as papers: L20
Apple's technical article, L324 Spiegelhalter's RSS presidential address (journal article), L471/L505 the
Prophet paper, tutorials published as papers (e.g. L560).  Title: the first link's text (the `\\[paywalled\\]`
tag and a trailing ` (paywall)` label dropped); `[pdf]`, `[blog]`, `[code]` side links are not titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "learn-data-science__data-science-reading__summary@c44cfff.md"
PART = "wild31_development"
START = re.compile(r"^(\* \[|- \d{4}-\d\d-\d\d: \[|\[|\\\[paywalled\\\] \[)")
LINK = re.compile(r"(?<!\\)\[([^\]]+)\]\(")
NOT_PAPERS = {37, 52, 53, 132, 253, 332, 616}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    i = 1
    while i <= n:
        text = lines[i - 1]
        if START.match(text):
            end = i
            while end < n and lines[end].strip() and not START.match(lines[end]) and not lines[end].startswith("#"):
                end += 1
            if i not in NOT_PAPERS:
                own = "\n".join(lines[i - 1:end])
                title = LINK.search(own).group(1)
                title = re.sub(r"\s*\(paywall\)\s*$", "", title.strip())
                papers.append(entry(lines, i, end, title))
            i = end + 1
            continue
        i += 1
    assert len(papers) == 275, len(papers)
    write_truth(NAME, PART, papers,
                "Chosen-paper paragraphs and suggestion/archive bullets are entries (repeats kept), title = first "
                "link text; book chapters and blog/essay/tutorial pages (7 records) are not entries.",
                "Every record's main link domain listed and non-paper hosts read by eye; multi-line records "
                "L98-99, L455-456, L639-640 checked; first/last of each meeting block and a random 30 compared "
                "with the file.")


if __name__ == "__main__":
    main()
