"""Wild29 truth for PacificBiosciences/pb-metagenomics-tools docs/HiFi-Metagenomics-Publications.md:
PacBio's list of published papers and preprints that used HiFi reads for metagenomics (updated 09/25).

Shape: year sections (## Pre-prints, ## 2025 ... ## 2016); every paper is one ``+ `` list item on one
line, a plain citation without Markdown links:
``+ Authors. YEAR. Title. Journal, vol: pages. https://doi.org/...`` (authors end in initials such as
"and H Teeling").  Each item is one entry; the title is the text between "YEAR. " and the last ". "
before the journal part.  Titles may hold ". " themselves: line 127 "Dehalobacter sp. strain CP" and
line 344 "Candidatus Phormidium sp. Strain AB48".  Other special cases:
- line 109: no ". " between title and journal ("...Microbiome Analysis? Microorganisms, 13: 1861.").
- lines 167 and 171: book chapters ("... In M Rivera & J Izard (Eds.), ..." and "... In: Zerbini FM ...
  (eds) Geminiviruses. Methods in Molecular Biology ..."); counted as entries (scholarly chapters); the
  title stops before " In".
- line 57: no journal at all (title then the URL); line 85 "bioRxiv:" ends in a colon; lines 139, 184,
  214, 238, 291 have "Journal," with no volume; line 83 links a Research Square page with no DOI.
- DOIs: percent-encoded ``10.1101%2Fgr.276917.122`` (line 322) and ``10.1038%2Fsrep25373`` (line 415),
  Research Square DOIs with ``/v1``.
Not entries: headings, the update date (line 3).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "PacificBiosciences__pb-metagenomics-tools__docs__HiFi-Metagenomics-Publications@fe8c878.md"
PART = "wild29_development"

# line -> title where the generic rule (all ". "-pieces but the journal piece) does not apply
SPECIAL = {
    57: "Lightweight taxonomic profiling of long-read sequenced metagenomes with Lemur and Magnet",
    109: "Why Are Long-Read Sequencing Methods Revolutionizing Microbiome Analysis?",
    167: "Highly accurate long-read PacBio HiFi sequencing for microbiome and metagenomic applications",
    171: "Full-Length Sequencing of Circular DNA Viruses Using CIDER-Seq",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("+ "):
            continue
        if i in SPECIAL:
            title = SPECIAL[i]
        else:
            m = re.search(r"\.\s+\d{4}\.\s+(.*)$", ln)
            assert m, i
            rest = re.sub(r"\s*https?://\S+\s*$", "", m.group(1)).strip()
            parts = rest.split(". ")
            assert len(parts) >= 2, (i, rest)
            title = ". ".join(parts[:-1])
        assert title in ln, i
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 190, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '+ ' item (one line, plain citation 'Authors. YEAR. Title. Journal, vol: pages. URL') is one"
        " entry, book chapters included; the title is the text between the year and the journal, with"
        " hand-set titles for four lines the rule does not fit (57, 109, 167, 171).",
        "All 190 titles read by eye against the file (including the 'sp.' titles on lines 127 and 344); DOIs"
        " of the percent-encoded and Research Square links checked.",
    )


if __name__ == "__main__":
    main()
