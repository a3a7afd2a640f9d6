"""Wild truth for lucidrains/x-transformers README: a code library's README, not a paper list.

Most of the file documents the library: usage code, then one '###' section per feature (Flash
Attention, Memory Transformers, Rotary Positional Embeddings, ...), each with a figure, often a
bare arXiv URL or inline '<a href>' links to the paper(s) behind it, prose and a code example.
The papers are recorded in the closing '## Citations' section: one fenced ```bibtex block per
work (121 blocks).  Decisions:

- An entry is a Citations BibTeX block whose work is a paper (article, preprint, proceedings
  paper, technical report), from its ```bibtex fence to its closing fence; title = the 'title'
  field with BibTeX's case-protecting braces removed ('Flash{A}ttention' -> 'FlashAttention',
  '{AlphaFold}' -> 'AlphaFold'); other BibTeX text ('--', quotes) is kept as written.  A work
  cited twice (ST-MoE, AlphaFold) gives two entries.  The 'Self-Supervised Flow Matching' block
  (a preprint on the company's research page, note 'Preprint') is an entry.
- Not entries (blocks whose work is not a paper): the Zenodo software release 'BlinkDL/RWKV-LM:
  0.01', the Reddit post on NTK-aware RoPE, the Grok and modded-nanogpt GitHub repositories, the
  untitled Medium post (Rubin2024), OpenAI's 'Introducing gpt-oss' web announcement, and the Muon
  and 'LLM Neuroanatomy' blog posts.
- The feature sections are not entries: their subject is an option of the library, and the
  papers they link in prose or by a bare URL under the heading are cited again in Citations
  (counting both would make one record of the same paper twice over).  Usage prose, the install
  section and the closing quotation are not entries either.
- arXiv id: an arXiv URL, 'arXiv:' text or 10.48550 DOI in the block, else the BibTeX 'eprint'
  field when it holds an arXiv-shaped id, else Semantic Scholar's 'journal = {ArXiv}' /
  DBLP's 'journal = {CoRR}' with 'volume = {abs/<id>}'.  DOI: a 'doi' field or doi.org URL
  (Zenodo's for 'Transformers without Tears', the arXiv DOI of Dual PatchNorm).  Semantic Scholar
  CorpusIDs and OpenReview ids are not ids here.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, doi_of
from _wild import read_lines, save

NAME = "lucidrains__x-transformers__README@9252ed7.md"
PART = "wild_development"

#: BibTeX keys of blocks whose work is not a paper
NOT_PAPERS = {
    "peng_bo_2021_5196578": "Zenodo software release of RWKV-LM",
    "bloc97-2023": "Reddit post",
    "xAI2024Grok": "GitHub repository",
    "Rubin2024": "Medium blog post, no title",
    "Jordan2024": "GitHub repository (modded-nanogpt)",
    "openai_gpt_oss": "web announcement",
    "jordan2024muon": "blog post",
    "ng2026rys": "blog post",
}


def field(body: str, name: str) -> str | None:
    """The value of a BibTeX field, braces balanced or in double quotes, raw."""
    m = re.search(rf"^\s*{name}\s*=\s*", body, flags=re.MULTILINE | re.IGNORECASE)
    if not m:
        return None
    rest = body[m.end():]
    if rest.startswith('"'):
        return rest[1 : rest.index('"', 1)]
    assert rest.startswith("{"), rest[:40]
    depth = 0
    for k, ch in enumerate(rest):
        depth += ch == "{"
        depth -= ch == "}"
        if depth == 0:
            return rest[1:k]
    raise ValueError(rest[:60])


def arxiv_in(body: str) -> str | None:
    found = arxiv_of(body)
    if found:
        return found
    eprint = field(body, "eprint")
    if eprint and re.fullmatch(r"\d{4}\.\d{4,5}", eprint.strip()):
        return eprint.strip()
    journal, volume = field(body, "journal"), field(body, "volume")
    if journal and journal.strip().lower() in ("arxiv", "corr") and volume:
        m = re.fullmatch(r"abs/(\d{4}\.\d{4,5})", volume.strip())
        if m:
            return m.group(1)
    return None


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    i = lines.index("## Citations") + 1
    while i <= len(lines):
        if lines[i - 1].strip() != "```bibtex":
            i += 1
            continue
        j = i + 1
        while not lines[j - 1].startswith("```"):
            j += 1
        body = "\n".join(lines[i : j - 1])
        key = re.match(r"@\w+\{([^,\s]+)", body.strip()).group(1)
        if key in NOT_PAPERS:
            skipped.append(key)
        else:
            title = field(body, "title")
            title = re.sub(r"\s+", " ", title.replace("{", "").replace("}", "")).strip()
            papers.append({"line": i, "end": j, "title": title, "arxiv": arxiv_in(body),
                           "doi": doi_of(re.sub(r"[{}]", " ", body))})
        i = j + 1
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) + len(skipped) == 121
    out = {
        "file": NAME,
        "part": PART,
        "method": "every ```bibtex block of the Citations section whose work is a paper is an entry (fence to fence),"
                  " title = its title field without BibTeX braces; software, repositories, blog/forum posts and a"
                  " web announcement are not; the feature sections' paper links are not separate entries",
        "checked": "all 121 BibTeX blocks listed with their title and id fields (113 entries, 8 non-papers by key),"
                   " 25 entries compared by span, title and id against the file, the two repeated works, the"
                   " brace-protected and quoted titles, the eprint / ArXiv-volume / CoRR-volume ids, and the"
                   " feature sections' headings and links (not entries)",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
