"""Wild3 truth for hymie122/RAG-Survey README.md: the companion repository of a survey paper.

The README of 'Retrieval-Augmented Generation for AI-Generated Content: A Survey' sorts the papers
the survey cites by its taxonomy: '##'/'###' headings, then indented bullet labels ('  - Query-based
RAG', '    - Query Transformations') and under each label one paragraph per paper, a lone indented
link '[Title](url)' (2 to 8 spaces), blank lines between.  Links go to arXiv (abs and pdf), doi.org
(ACL, IEEE, ACM, Springer, MIT Press and 10.48550 arXiv DOIs), ACL Anthology, OpenReview, PMLR,
NeurIPS, AAAI, IJCAI, JMLR, ScienceDirect, MDPI, SSRN, ChemRxiv, CVF.  Decisions:

- Every lone link paragraph is an entry (366), its line the link's line; title = the link text as
  written (lower-case titles and typos such as 'Retrieval-AugmentedGeneration' kept); a paper listed
  under two labels gives two entries.
- Not entries: the four tools and guides listed the same way (GPTCache, LlamaIndex, Prompt
  Engineering Guide on GitHub; PineCone's website), the survey's own link in the opening sentence,
  the taxonomy figures, the bullet labels and the closing '@article' BibTeX of the survey itself
  ("if you find this work useful, please cite our paper").
- ids from the link: arXiv URL or 10.48550/arXiv DOI (which is also the DOI); DOI from doi.org,
  Springer chapter and ACM URLs.  Two URLs write Markdown backslash escapes ('tacl\\_a\\_00407',
  'paper\\_files'); they render without the backslash, so the DOI is read after unescaping.
  ScienceDirect pii and IEEE Xplore document numbers are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild3 import doi_of, entry, read_lines, write_truth

NAME = "hymie122__RAG-Survey__README@feb4dfa.md"
PART = "wild3_development"

NOT_PAPERS = {"GPTCache", "LlamaIndex", "PineCone", "Prompt Engineering Guide"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for i, text in enumerate(lines, 1):
        m = re.fullmatch(r" *\[([^\]]+)\]\((https?://[^)\s]+)\) *", text)
        if not m:
            assert "](http" not in text or i == 2, i
            continue
        if m.group(1) in NOT_PAPERS:
            skipped.append(m.group(1))
            continue
        e = entry(lines, i, i, m.group(1))
        e["doi"] = doi_of(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text))
        papers.append(e)
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) == 366, len(papers)
    write_truth(
        NAME, PART, papers,
        "every lone indented '[Title](url)' paragraph under the taxonomy labels is an entry (its line), title = the"
        " link text; the four tools/guides listed the same way, the survey's own link in the intro and its closing"
        " BibTeX are not; ids from the link (DOI read after Markdown backslash unescaping)",
        "370 lone-link lines counted by grep (366 entries + 4 tools by name), first and last entry of every label and"
        " section checked (Query-based RAG to Benchmark), 25 random entries compared by title and ids, the 112 doi.org"
        " links' DOIs spot-checked (10.48550 arXiv DOIs, the escaped TACL DOI, Springer chapter, ACM), ScienceDirect"
        " and IEEE links without DOI, repeated papers kept",
    )


if __name__ == "__main__":
    main()
