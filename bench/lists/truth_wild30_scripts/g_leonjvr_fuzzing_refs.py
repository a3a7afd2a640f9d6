"""Wild30 truth for leonjvr/ai-citation-auditor analysis/audit_inputs/A_systematic_review_of_fuzzing_based_on_machine_learning_techniques_AuditInput.md:
the reference list of a PLOS ONE review of ML-based fuzzing, extracted from the PDF and dumped into a citation-audit prompt.

Shape: a prompt header (lines 1-15), then 133 references `[n] ...` one per line at lines 17-281 (odd lines,
blank lines between), then the audit protocol (lines 284-417, no references).  The PDF extraction dropped
most spaces, so a record reads `MillerBP,FredriksenL,SoB.AnempiricalstudyofthereliabilityofUNIXutilities.CommunACM.
1990Dec1;...`: Vancouver-style authors, title, venue.  Line-break hyphens survive as `Recon- struction`.
An entry is one reference line whose subject is a scholarly work; its title is the text after the authors up
to the venue, kept exactly as written (no spaces restored, hyphen breaks kept).  Decisions:
- not entries (websites, tools, books, a patent, a talk): [1] CVE site, [2] Wikipedia, [18] lcamtuf blog,
  [24] !exploitable, [25] American fuzzy lop, [83] Data Mining (book), [86] Sutton & Barto (book),
  [99] Google patent, [101] PROTOS invited presentation, [102] SPIKE, [103] Peach, [111] Harris & Harris
  (book), [116] Learning from "Big Code" site, [117] NIST SARD, [118] GCC, [119] DARPA CGC, [123] LibFuzzer.
- [42] (line 99) is in a different style: quoted title `"Surveyofdynamictaintanalysis."`.
- [132], [133] (lines 279, 281) use `Author X.,` then `,Title,Venue`.
- [82] has a `[J]` type tag after the title, dropped; [58], [60], [108], [109], [112]: title ends at
  `.arXiv...`.
- PDF page footers `PLOSONE|https://doi.org/10.1371/journal.pone.0237749 August18,2020 NN/37 ...` are glued
  to [16], [42], [66], [91], [133] (and non-entry [116]): that DOI is the review's own, not the reference's,
  so those entries get doi None.
- [87]: `https://doi.org/10.1109/72.788640PMID:18252602` - the glued `PMID:...` is not part of the DOI.
- [85]: the DOI is broken by a space (`https://doi.org/10. 1038/nature14539`) and is not taken.
- arXiv ids are taken only where written as `arXiv:NNNN.NNNNN` ([44], [51], [58], [64], [82], [112]);
  `arXiv181108973`, `CoRRabs/ 1711.04596` etc. give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = ("leonjvr__ai-citation-auditor__analysis__audit_inputs__A_systematic_review_of_fuzzing_based_on_"
        "machine_learning_techniques_AuditInput@f4dda86.md")
PART = "wild30_development"
NOT_PAPERS = {1, 2, 18, 24, 25, 83, 86, 99, 101, 102, 103, 111, 116, 117, 118, 119, 123}
TITLES = {
    42: "Surveyofdynamictaintanalysis",
    58: "FuzzerGym:ACompetitiveFrameworkforFuzzingandLearning",
    60: "Neuralfuzzing:aneuralapproachtogeneratetestdataforfilefor- matfuzzing",
    82: "MEUZZ:SmartSeedSchedulingforHybridFuzzing",
    108: "Semi-supervisedclassificationwithgraphconvolutionalnetworks",
    109: "PlayingAtariwithDeep ReinforcementLearning",
    112: "word2vecExplained:derivingMikolovetal.’snegative-samplingword-embed- dingmethod",
    132: "Systematicliteraturereviewofmachinelearningbasedsoftware developmenteffortestimationmodels",
    133: "Ontheapplicationofgeneticprogrammingforsoftwareengineeringpredictive modelling:asystematicreview",
}
FOOTER_DOI = "10.1371/journal.pone.0237749"


def title_of(text: str) -> str:
    """Title of a Vancouver-style record with the spaces squeezed out: after the authors' closing initials."""
    a = re.search(r"(?:[A-Z]|etal|others)\.(?=\S)", text)
    rest = text[a.end():] if a else text
    e = re.search(r"\.(?=In:|In |[A-Z(]|\d)|;|\. |,(?=\d{4})", rest)
    return rest[: e.start()] if e else rest


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^\[(\d+)\] (.*)$", ln)
        if not m:
            continue
        n = int(m.group(1))
        if n in NOT_PAPERS:
            continue
        p = entry(lines, i, i, TITLES.get(n) or title_of(m.group(2)))
        if p["doi"] == FOOTER_DOI:
            p["doi"] = None
        if n == 87:
            assert p["doi"] == "10.1109/72.788640pmid:18252602", p["doi"]
            p["doi"] = "10.1109/72.788640"
        papers.append(p)
    assert len(papers) == 116, len(papers)
    write_truth(NAME, PART, papers,
                "Each '[n]' reference line that cites a scholarly work is an entry (17 websites, tools, books, a patent "
                "and a talk are not); title is the space-squeezed text between the authors and the venue, as written.",
                "All 133 reference lines checked by eye: entry or not, title boundaries, ids; page-footer DOIs removed.")


if __name__ == "__main__":
    main()
