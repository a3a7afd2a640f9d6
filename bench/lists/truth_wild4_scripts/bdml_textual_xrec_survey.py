"""Wild4 truth for BDML-lab/LLM-based-Textual-Explainable-Recommendation-Survey-public README.md:
the companion paper list of a survey on LLM-based textual explainable recommendation (rendered
from a YAML file by the repo's script).

'## Taxonomy' (lines 5-66) is a tree of categories whose leaves are cross-references to the
paper anchors ('[P01](#sun2025retrieval)'); these are navigation, not entries.  '## Papers'
then gives 107 records under '### Predict-then-Explain' (with a '#### Agentic Explainer'
subsection), '### Reason-then-Recommend', '### Auxiliary Preference Reasoning' and
'### Evaluation', each in four lines:
  '<a id="key"></a>'
  '**P01.** [Title](url) (year)'
  blank
  one description paragraph.
Every record is an entry, from its anchor line to its description line; title = the link text
(the '**P01.**' label and the year are not part of it).  Ids from the title link: arXiv abs/pdf
links give the arXiv id; ACM links ('dl.acm.org/doi/10.1145/...', '/doi/pdf/', '/doi/epdf/',
'dlnext.acm.org/doi/epdf/') give the DOI (27; two are Springer '10.1007/...' DOIs served from
dl.acm.org, kept as written); ACL Anthology, AAAI OJS, IEEE Xplore, OpenReview and
NeurIPS proceedings links give no id.  The closing '## Citation' says the survey's citation is
not yet available (no BibTeX), so nothing there is an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "BDML-lab__LLM-based-Textual-Explainable-Recommendation-Survey-public__README@cf4b404.md"
PART = "wild4_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    labels = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("<a id="):
            continue
        assert re.fullmatch(r'<a id="[a-z0-9]+"></a>', text), (i, text)
        m = re.fullmatch(r"\*\*([PRAE]\d\d)\.\*\* \[([^\]]+)\]\((https?://[^)\s]+)\) \((\d{4})\)", lines[i])
        assert m, (i + 1, lines[i])
        assert lines[i + 1] == "" and lines[i + 2].strip() and not lines[i + 2].startswith(("#", "<a ", "**"))
        assert lines[i + 3] == ""
        labels.append(m.group(1))
        papers.append(entry(lines, i, i + 3, " ".join(m.group(2).split())))
    assert len(papers) == 107
    counts = {p: sum(l.startswith(p) for l in labels) for p in "PRAE"}
    assert counts == {"P": 55, "R": 26, "A": 20, "E": 6}, counts
    write_truth(
        NAME, PART, papers,
        "every '<a id>' + '**P01.** [Title](url) (year)' + description record under '## Papers' is an entry"
        " (anchor line to description line), title = the link text; the taxonomy's anchor cross-references are"
        " not entries",
        "107 anchors = 107 '**X00.**' lines (grep), labels P01-P55, R01-R26, A01-A20, E01-E06 (asserted); each"
        " record's four-line layout asserted; link hosts tallied (61 arXiv, 27 ACM, 10 ACL, 6 AAAI, 1 each IEEE,"
        " OpenReview, NeurIPS); first and last record of each section, all ACM-DOI records and ~20 others compared"
        " with the file by eye",
    )


if __name__ == "__main__":
    main()
