"""Wild10 truth for lulab/gitbook-docs literature-reading/omics/cfrna.md: a research lab's recommended reading
(Lu Lab, Tsinghua) on cfRNA-seq analysis, one page of its GitBook wiki.

Shape: GitBook front matter, a quoted note ('✅ or ✨ : recommended readings'), then '##'/'###' topic
headings whose bullets are '* [✅] [tag: ]Year Venue - Title', with GitBook's markup soup around the
year and venue: '_**2021 Nature**_**&#x20;-**', '**2022&#x20;**_**Nature Biotech.**_ -', escaped
brackets '\\[P-Net]', a tag before the year ('sRNA cluster:', 'MNN:', 'Review:', 'miRNA motif -'), the
year-venue sometimes linked to PubMed/doi.org/nature.com.  One bullet wraps its whole record in
parentheses ('( ✅ 2023 PNAS - ... )').

Entry: every bullet naming a paper (the same paper twice, in two sections or twice in one section, is
two entries).  Not entries: the bullets 'exSEEK Tutorial' and 'cfRNA-SEEK Github' (a tutorial and a
tool page), the two bullets of the GitBook hint box (cross-links to other wiki pages) and the four
quoted '> * (1) ...' bullets listing data issues (inside a blockquote, so not among the 45).  45 bullets
(grep '^ *\\* ') - 4 = 41 entries.

Title: the text after the year-venue and its ' - ' separator, markup removed (the '✅', the tag and
the venue are left out); 'exceRpt: A Comprehensive ...' keeps its name (written into the title);
line 52 repeats its venue after the title ('... for L1000 data Briefings in Bioinformatics'): the
trailing venue is left out.  The parentheses around line 26 are not part of its title.
Ids: one doi.org DOI (Cell Genomics); nature.com article ids and PubMed links are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_scripts"))
from _heldout import clean

NAME = "lulab__gitbook-docs__literature-reading__omics__cfrna@e163d19.md"
LINES = read_lines(NAME)

NOT_PAPERS = {14: "exSEEK Tutorial", 15: "cfRNA-SEEK Github", 20: "hint: see more in RNA Regulation",
              21: "hint: learn from cfDNA features"}
YEAR_VENUE = re.compile(r"\b(?:19|20)\d\d [A-Za-z][A-Za-z .]*?\s?-\s+")


def main() -> None:
    papers = []
    bullets = 0
    for n, text in enumerate(LINES, 1):
        if not re.match(r" *\* ", text):
            continue
        bullets += 1
        if n in NOT_PAPERS:
            continue
        plain = clean(text[text.index("*") + 1:])
        m = YEAR_VENUE.search(plain)
        assert m, (n, plain)
        title = plain[m.end():].strip()
        if title.endswith(")") and plain.startswith("("):
            title = title[:-1].strip()
        if n == 52:
            title = title.removesuffix(" Briefings in Bioinformatics")
        assert len(title) > 15 and " - " not in title, (n, title)
        papers.append(entry(LINES, n, n, title))
    assert bullets == 45, bullets
    assert len(papers) == 41, len(papers)
    write_truth(
        NAME, "wild10_development", papers,
        "every '* [tag:] Year Venue - Title' bullet naming a paper is an entry (repeats kept); title = the text after"
        " the year-venue separator, markup, check marks, tags and venue removed; a tutorial, a tool page, two"
        " hint-box cross-links and four quoted issue bullets are not entries",
        "all 41 titles against the file line by line (45 bullets by grep, 4 non-papers named), the &#x20; and"
        " escaped-bracket markup, the parenthesised PNAS bullet, the repeated venue on line 52, the repeated"
        " papers (lines 27/88, 79/80), the doi.org DOI and the nature.com/PubMed links (no DOI)",
    )


if __name__ == "__main__":
    main()
