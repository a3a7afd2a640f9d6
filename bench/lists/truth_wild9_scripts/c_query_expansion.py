"""Wild9 truth for lmh0921/QueryExpansion-PLM-LLM-Survey-paperList README: the paper list of the survey
'Query Expansion in the Age of Pre-trained and Large Language Models', one '###' section per branch
of the survey's taxonomy, each paper a bullet
'- **Title** — Surname, Given, Year | Venue. [[Paper](url)] [[Code](url)]'.

Entry = every '- **' bullet under the '📄 Paper List' heading (79, each on one line).  Title = the
bold text, a final '.' the list puts inside the bold dropped (three titles).  Not entries: the intro
bullet 'Most are in our survey paper: **...**' (prose about the list's own survey), the table of
contents, the boilerplate 'please cite' BibTeX and the Contributing bullet.  Two entries (Rocchio
1971, Efthimiadis 1996) have no link.  Ids come from the [Paper] link: doi.org links give the DOI (the 10.48550/arXiv
ones also the arXiv id), one doi.org link carries a ResearchGate '?urlappend=' query, not part of
the DOI; the Wiley SICI DOI (line 148) is percent-encoded ('%3C378::AID-ASI8%3E3.0.CO;2-8') and is
taken decoded and whole, as the conventions say.

Counts: grep '^- \\*\\*' = 79 = 14+8+1+2+4+5+9+6+4+26 per section (awk).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "lmh0921__QueryExpansion-PLM-LLM-Survey-paperList__README@5aef0eb.md"


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, t in enumerate(lines, 1) if t.startswith("## 📄 Paper List"))
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= start or not text.startswith("- **"):
            continue
        title = text[4:].split("**")[0].strip().rstrip(".").strip()
        e = entry(lines, i, i, title)
        if "(SICI)1097-4571" in text:
            e["doi"] = "10.1002/(sici)1097-4571(199106)42:5<378::aid-asi8>3.0.co;2-8"
        papers.append(e)
    assert len(papers) == 79, len(papers)
    write_truth(NAME, "wild9_development", papers,
                "every '- **Title** — Author, Year | Venue. [Paper](...)' bullet of the Paper List is an entry,"
                " title = the bold text without a final '.'; intro bullet, TOC, cite-us BibTeX not entries",
                "79 bullets counted per section (14,8,1,2,4,5,9,6,4,26); all titles read against their lines;"
                " the three titles ending in '.', the two link-less entries (67, 145), the decoded SICI DOI, the DOI with a '?urlappend' query,"
                " the 10.48550/arXiv DOIs")


if __name__ == "__main__":
    main()
