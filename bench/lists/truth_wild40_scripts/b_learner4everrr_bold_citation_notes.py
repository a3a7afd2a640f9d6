"""Wild40 truth for Learner4everrr/literature README.md: a PhD student's personal paper list ("My paper list.") on
biomedical NLP - hallucination, classics, reviews, medical LLMs, datasets, RAG and retrievers, early exiting,
relation extraction, multi-task learning - with the owner's notes nested under some papers; the pdfs live in the
repository's Papers/ folder.

Shape (249 lines, no final newline): a few anchor links to a local MarkdownPad preview, "## Some paper list" with
three links to other lists / Google Scholar, then "##"/"###" topic headings (some with <a id> anchors) over
top-level bullets indented one space:
  " - [Nick ]**Title**. Authors et.al. **Venue**, **Date**, **Number of Citations: **N, ([pdf](.\\Papers\\...pdf))
  ([link](url))."
as written by a citation-export script.  Special cases:
- a nickname outside the bold before the title: "BERT", "ViT", "MAE", "GPT", "GPT2", "GPT3" (42-48);
- titles wrapped onto a second line indented two spaces ("IEPile: ... Information Extraction\\n  Corpus", 67-68;
  also 100-101, 103-104, 106-107, 109-110, 124-125);
- bold titles ending in "." before the "." separator ("... Transfer Learning.**." 133, 186, 220);
- nested notes under a paper: sub-bullets (taxonomies, datasets, HuggingFace model links, "Code:" links), two
  images (177, 179) and a lazy continuation line (232);
- a Distill article with only a "([Link](...))" (41) and a paper with a placeholder pdf and no link (249);
- an empty bullet " - " (145) and a template placeholder " - {{}}" (238);
- papers listed twice: "In-context Learning with Retrieved Demonstrations ..." (54, 158), "ADELIE" (66, 237),
  "BMRetriever" (91, 124), "GoLLIE" (163, 236).
Links are arXiv abs URLs (with versions), dx.doi.org / doi.org, ACL Anthology, NeurIPS/PMLR/CVF/AAAI pages,
Springer and ACM URLs holding the DOI, an OUP abstract URL and a ScienceDirect pii URL (no DOI).

Decisions:
- Entry = each top-level bullet naming a paper (bold title), spanning its own line(s) and its nested notes (the
  list item's indented children, the images and the lazy continuation); 121 bullets minus the three link
  bullets of "Some paper list", the empty one and "{{}}" = 116 entries.
- Kept: the Distill article "A gentle introduction to graph nerual netwroks" (41; Distill is a peer-reviewed
  journal), OpenAI's GPT/GPT-2 reports (46, 47), the placeholder-pdf "Neural multi-task learning in drug design"
  (249).  Repeated papers are separate entries.
- Title = the first bold span, wrapped lines joined, misspellings kept ("nerual netwroks", "AlpaCare:Instruction-
  tuned"); the nickname before it, authors, venue, date, citation count and links are not part of it; a final "."
  inside the bold is the citation's separator and dropped; "?" kept.
- Ids from the entry's own lines (the [link] URL comes first): arXiv from arxiv.org links (versions dropped); DOIs
  from dx.doi.org/doi.org links and the Springer/ACM URLs; the OUP, ScienceDirect pii, ACL Anthology and proceedings
  URLs give none; the nested notes carry no ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "Learner4everrr__literature__README@863938f.md"
PART = "wild40_development"

TOP = re.compile(r"^ - ")
PAPER = re.compile(r"^ - (?:(?P<nick>[A-Za-z0-9]+) )?\*\*")
NOT_PAPERS = {10, 11, 12, 145, 238}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    starts = [n for n, t in enumerate(lines, 1) if TOP.match(t) or t == " - "]
    for n in starts:
        text = lines[n - 1]
        if n in NOT_PAPERS:
            assert not PAPER.match(text), (n, text)
            skipped.append(n)
            continue
        m = PAPER.match(text)
        assert m, (n, text)
        # the item: its line, then every following non-blank line that is neither a new top-level bullet nor a heading
        last = n
        while last < len(lines) and lines[last].strip() and not TOP.match(lines[last]) and lines[last] != " - " \
                and not lines[last].startswith("#"):
            last += 1
        own = " ".join(lines[n - 1 : last])
        rest = own[m.end():]
        title = rest[: rest.index("**")]
        title = title.rstrip().removesuffix(".")
        papers.append(entry(lines, n, last, title))
    assert skipped == sorted(NOT_PAPERS), skipped
    assert len(starts) == 121, len(starts)
    assert len(papers) == 116, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level ' - [Nick ]**Title**. Authors et.al. **Venue**, **Date**, ... ([pdf])([link])' bullet is an"
        " entry spanning its nested notes; title = the first bold span (wrapped lines joined, a final '.' dropped,"
        " the nickname before it left out); the three list/Scholar links, the empty bullet and '{{}}' are not"
        " entries; repeated papers count twice; ids from the entry's own lines.",
        "Whole file read (249 lines) against the -v output: each section's first and last entry, the nicknamed"
        " items (42-48), the six wrapped titles (67-68, 100-101, 103-104, 106-107, 109-110, 124-125), the '.**.'"
        " titles (133, 186, 220), the nested notes and their spans (16-27, 139-140, 174-181, 229-232 with the lazy"
        " line), the Distill item (41) and placeholder item (249), the skipped bullets (10-12, 145, 238), the"
        " duplicates (54/158, 66/237, 91/124, 163/236), DOIs from dx.doi.org/Springer/ACM links and none from"
        " OUP/ScienceDirect/ACL/proceedings URLs, and ~20 random titles against their bold text.",
    )


if __name__ == "__main__":
    main()
