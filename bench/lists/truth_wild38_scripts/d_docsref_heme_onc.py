"""Wild38 truth for jzstraley/docsref docs/im-guide/heme-onc/index.md (newest commit 87c198e): the
Hematology/Oncology page of an internal-medicine resident's reference guide (MkDocs site, medicine).

Shape: YAML front matter (1-10), ``## Hematology`` and ``## Oncology``, each a nested bullet outline of topics
(4-space indents, up to four levels) whose leaves are reference-style links ``[text][n]``; the link
definitions ``[n]: url`` sit at the end (77-100), most with a kramdown ``{:target="_blank"}`` glued to the URL.
Link texts are of three kinds: a paper's title ("Advancements in anemias related to chronic conditions",
"EDTA-dependent pseudothrombocytopenia: ..."), a trial nickname with a one-line finding ("TRICC: Better
survival in critically ill with Hgb target of >7 than >10", "IRONMAN: IV Iron not better than placebo, ..."),
or a bare finding or topic label ("Multiple CTs increase risk of leukemia and brain tumors", "Rule-Out with
Negative D-Dimer", "Treatment").  The Oncology half is mostly a glossary of chemotherapy regimens.

Entries (24): every link to a paper (PubMed, NEJM, Lancet, Wiley, a Dutch journal), each on its own bullet
line, plus the unlinked "CLOT: Dalteparin > Warfarin ..." bullet (52), which names one trial (a paper) by its
nickname.  Special cases:
- 36-37: "[Drug-induced thrombocytopenia][11]" with a nested "[PubMed][12]" bullet, a second link to the
  same paper: one entry over both lines.
- 44 and 45: "[ERC/PROPER: ...][17]" (PubMed 18318689) and its nested "[Also][20]" (PubMed 29450523, a
  different paper): two entries, each on its own line.
- The three leaves under "Wells DVT Criteria" (49-51) are each a paper linked by a topic label.
Not entries: topic and sub-topic bullets (Anemia, DIC, Lymphomas, CLL, PE, DVT, Wells DVT Criteria, ...),
the note at 59 and the regimen glossary (62-75).
Titles: the link text when it is the paper's title as the list writes it (16, 31, 35, 36, 40 with its
AMPLIFY prefix, 42, 60, 61); None when the text is a trial nickname with a finding, a finding or a topic label
(18, 19, 21, 24, 26, 29, 32, 39, 43, 44, 45, 46, 49, 50, 51, 52).  Ids: the entry's first link resolved
through its definition, as Markdown renders it: NEJM /doi/full/ URLs and the Wiley /doi/ URL give DOIs (the
trailing slash of the URL is not part of the DOI); PubMed, PMC, the Lancet PII URL and njmonline give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "jzstraley__docsref__docs__im-guide__heme-onc__index@87c198e.md"
PART = "wild38_development"

REF = re.compile(r"\[([^\]]+)\]\[(\d+)\]")
DEF = re.compile(r"^\[(\d+)\]: (\S+?)(\{:[^}]*\})?$")

# first line -> (last line, title or None)
ENTRIES = {
    16: (16, "Advancements in anemias related to chronic conditions"),
    18: (18, None), 19: (19, None), 21: (21, None), 24: (24, None), 26: (26, None), 29: (29, None),
    31: (31, "Consensus Statement on Peri-operative management of Anemia and IDA"),
    32: (32, None),
    35: (35, ("EDTA-dependent pseudothrombocytopenia: further insights and recommendations for prevention of a "
              "clinically threatening artifact")),
    36: (37, "Drug-induced thrombocytopenia"),
    39: (39, None),
    40: (40, "AMPLIFY: Oral Apixaban for the Treatment of Acute VTE"),
    42: (42, "Causes of Elevated D-Dimer"),
    43: (43, None), 44: (44, None), 45: (45, None), 46: (46, None),
    49: (49, None), 50: (50, None), 51: (51, None),
    52: (52, None),
    60: (60, "Therapy-Related Myeloid Leukemia"),
    61: (61, "Etiology and management of therapy-related myeloid leukemia"),
}
EXPECTED_DOIS = {39: "10.1056/nejmoa1506623", 40: "10.1056/nejmoa1302507", 31: "10.1111/anae.13773",
                 49: "10.1056/nejmoa023153"}


def main() -> None:
    lines = read_lines(NAME)
    defs = {}
    for ln in lines:
        m = DEF.match(ln)
        if m:
            defs[m.group(1)] = m.group(2)
    assert len(defs) == 24, len(defs)
    linked = [i for i, ln in enumerate(lines, 1) if REF.search(ln)]
    # every linked line is an entry's line (37 belongs to 36), and 52 is the one unlinked entry
    assert sorted({*linked, 52}) == sorted({*ENTRIES, 37}), linked
    papers = []
    for first, (last, title) in ENTRIES.items():
        p = entry(lines, first, last, title)
        if title is not None:
            assert title in lines[first - 1], (first, title)
        m = REF.search(lines[first - 1])
        if m:
            url = defs[m.group(2)]
            doi = doi_of(url)
            p["arxiv"], p["doi"] = arxiv_of(url), doi.rstrip("/") if doi else None
        else:
            assert first == 52 and lines[51].strip().startswith("- CLOT:"), first
        papers.append(p)
    dois = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert dois == EXPECTED_DOIS, dois
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bullet linking a paper through a reference-style link (plus the unlinked CLOT trial bullet) is an "
        "entry on its line (36 takes its nested second link to the same paper, 45's nested 'Also' link is a second "
        "paper); title = the link text when it is the paper's title, None for trial-nickname findings, findings "
        "and topic labels; ids from the resolved link definitions.",
        "All 100 lines read against the -v output: every linked leaf (16-61) and its definition (77-100) matched "
        "by number, the topic bullets and the regimen glossary confirmed to hold no paper, the nested links at 37 "
        "and 45 (same paper vs second paper, by their PubMed ids), the unlinked CLOT bullet 52, each title kept "
        "or set to None by reading its text, and each id (four NEJM/Wiley DOIs without the URL's trailing "
        "slash; PubMed, PMC, Lancet PII and njmonline URLs none).",
    )


if __name__ == "__main__":
    main()
