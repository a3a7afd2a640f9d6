"""Wild10 truth for OccDeser/Paper-Archive docs/en/Crypto/Crypto[2021-2].md: a script-generated archive page
of the second CRYPTO 2021 proceedings volume (cryptography), English side of a bilingual site.

Shape: '# Crypto[2021-2]', then per paper a block
  '## Title.' / a language-switch line '🌍 **[English](...#anchor)** | [简体中文](...)' /
  '### Authors' + '* Name, Affiliation' bullets (an author repeats once per affiliation) /
  '### Abstract' + '> ' blockquote lines / blank / '### Links' + '- **URL:** [https://doi.org/...](same)'.
Every '## ' heading is an entry, from the heading to its '- **URL:**' line; title = the heading text
without the closing full stop Springer's metadata adds; LaTeX math in two titles ('$\\mathbb {Z}_{2^k}$',
'$\\varSigma $') kept as written; DOI from the URL line (no DOI or arXiv id inside any abstract).  The
language-switch links point at the page itself: not ids, not entries.
Counts: 27 '## ' headings = 27 '### Abstract' = 27 '### Authors' = 27 URL lines.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "OccDeser__Paper-Archive__docs__en__Crypto__Crypto[2021-2]@8b98138.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("## "):
            continue
        assert text.endswith("."), i
        assert lines[i].startswith("🌍 **[English](") and lines[i + 1] == "### Authors", i
        end = i + 1
        while not lines[end - 1].startswith("- **URL:** "):
            end += 1
            assert not lines[end - 1].startswith("## "), i
        papers.append(entry(lines, i, end, text[3:]))
    assert len(papers) == 27
    for key in ("### Abstract", "### Authors", "### Links"):
        assert sum(1 for ln in lines if ln == key) == 27, key
    assert all(p["doi"] and p["doi"].startswith("10.1007/978-3-030-84245-1_") and not p["arxiv"] for p in papers)
    assert len({p["doi"] for p in papers}) == 27
    write_truth(NAME, "wild10_development", papers,
                "every '## Title.' heading is an entry from the heading to its '- **URL:**' line (language links,"
                " authors, abstract, links), title = the heading text without the closing full stop, LaTeX kept,"
                " DOI from the doi.org URL",
                "27 headings counted against the Authors, Abstract and Links sub-headings (27 each) and 27 distinct"
                " DOIs; every title compared with its heading by eye, the two LaTeX titles checked character by"
                " character; no DOI or arXiv id in any abstract; the language-switch lines link the page itself")


if __name__ == "__main__":
    main()
