"""Wild40 truth for JiwenJ/Awesome-Hyper-Connection README.md: a personal, audited reading list on
Hyper-Connections (HC) and Manifold-Constrained Hyper-Connections (mHC), residual-stream architectures
for deep networks; newest commit (cd557df, 2026-08-20).

Shape: intro with a Chinese paragraph and an audit note (1-11), Contents (15-28), a long inclusion
policy (30-64), background with a ``text`` code block and a mermaid lineage chart (66-117), then one
chronological pipe table "Papers and formal records" (119-189)::

    | First public date | Track | Paper | Contribution / HC/mHC relevance | Status |
    | 2026-07-16 | Direct · Core | **[xHC: Expanded Hyper-Connections](https://arxiv.org/abs/2607.14530)** — Xiangdong
      Zhang et al. · [project artifacts](https://github.com/...) | description | arXiv technical report ... |

(one physical line per row; the Paper cell holds the bold linked title, `` — `` authors and optional
`` · [OpenReview](...)``/``[code](...)``/``[workshop version](...)`` links).  After it: an Identity-HC
provenance note with bold links (191-210), a method-comparison table (212-231), "Current frontier" and
"Suggested reading order" prose that names papers in bold without links, two large repository tables
(257-401), model/explainer/video bullets (403-448) and an audit section (450-486) whose "Not counted
under the paper policy" bullets explain why some papers and repositories are excluded.

Decisions:
- Every data row of the chronological table is one entry on its line (65 rows: 41 direct, 21
  adjacent/adoption and 3 "Indexed · Not counted" rows; the three are still formal scholarly records, a
  research proposal on arXiv, a Zenodo proposal and an arXiv runtime study, so they are entries).  Title
  = the link text of the bold Paper link.  Rows whose title links a GitHub-hosted manuscript (the
  Circulant HC row), an institute page (Harmonized HC), SSRN or Zenodo are papers and kept.  The mHC-HSI
  row links an "earlier White-Box mHC version" as a second arXiv record of the same publication lineage
  and names only one title: one entry.
- Not entries: the Identity-HC provenance items and reading-order/frontier prose (they name papers of
  the table in running text), the method-comparison table, repository tables, model/demo/explainer/video
  bullets, and the audit section's "Not counted" bullets (prose sentences explaining exclusions, e.g.
  "[Attention Residuals](arxiv), [SiameseNorm](arxiv), ... are related residual-routing work, but do not
  develop ... the HC/mHC residual-stream mechanism"; the list's own policy keeps them out).
- Ids: from each row's line: arXiv ids from arxiv.org links (versions dropped, e.g. 2509.01557v2); DOIs
  from doi.org links (Zenodo, MDPI, IEEE, CMES) and from "DOI 10.2139/ssrn..." text in the Status cell of
  the SSRN rows.  OpenReview, GitHub, SSRN pages and project pages give none.
65 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "JiwenJ__Awesome-Hyper-Connection__README@cd557df.md"
PART = "wild40_development"
PAPER = re.compile(r"^\*\*\[(.+?)\]\((\S+?)\)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Papers and formal records (chronological)") + 1
    stop = lines.index("## Identity HC / iHC provenance") + 1
    papers = []
    tracks = {}
    for i in range(start + 1, stop):
        ln = lines[i - 1]
        if not ln.startswith("|") or re.fullmatch(r"[|\s:-]+", ln) or ln.startswith("| First public date"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[0]), (i, cells[0])
        m = PAPER.match(cells[2])
        assert m, (i, cells[2])
        tracks[cells[1].split(" · ")[0]] = tracks.get(cells[1].split(" · ")[0], 0) + 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert tracks == {"Direct": 41, "Adjacent/Adoption": 21, "Indexed": 3}, tracks
    assert len(papers) == 65, len(papers)
    write_truth(NAME, PART, papers,
                "Every data row of the chronological 'Papers and formal records' table (65 rows incl. the 3 "
                "'Indexed · Not counted' proposal/runtime records) is one entry on its line, title = the bold "
                "Paper link text, ids from the row; provenance/frontier prose, comparison and repository tables, "
                "resource bullets and the audit section's exclusion bullets are not entries.",
                "Whole file read (500 lines): all 65 table rows compared with the -v output (titles, ids), the "
                "track counts 41/21/3 matched against the file's own Coverage note, rows linking a GitHub "
                "manuscript, institute page, SSRN and Zenodo, the two-record mHC-HSI row, versioned arXiv links "
                "(v2) normalised, DOI text in SSRN status cells; the exclusion bullets of the audit section, the "
                "Identity-HC provenance items, the comparison table and the repository/resource sections checked "
                "to be left out.")


if __name__ == "__main__":
    main()
