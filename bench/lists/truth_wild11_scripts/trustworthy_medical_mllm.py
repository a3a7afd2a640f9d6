"""Wild11 truth for junyuanM/Trustworthy-Medical-MLLMs-Survey README: a survey companion (trustworthy
medical multimodal LLMs), small tables per specialty whose first cell is a model or resource name in bold
and whose Links cell holds '[Paper](url)' (often a doi.org link), no paper titles anywhere.

Shape: '| **Name** | Venue, Year | [Paper](url) · [Code](url) | Modality and task | Notes |' rows under
'####' specialty headings of '## 1. Clinical Landscape' (tissue, organ, individual, population scales),
then '### 2.2 Trustworthiness Methods and Resources', '### 3.2 Seed Evaluation Resources' and '### 4.2
Evaluation Projects' ('| **Name** | Focus | [Paper](url) ... |').  The same paper comes back in several
tables (CARES three times, MedSafetyBench, MedAgentBench, PromptSmooth, FairCLIP): separate entries.

Entries: every table row from '## 1. Clinical Landscape' to '## How to Contribute' whose first cell is a
bold name and whose cells link a '[Paper](...)'; title = null, since a row names its work only by a model
or resource name ('**Prov-GigaPath**', '**Digital-twin GPT**', '**Surgical embodied intelligence**') and
never by the paper's title.  Not entries: the dimension table of section 2 (a row per trust dimension with a
definition; the papers in its 'Representative resources' cell are examples named by nickname and are the
entries of 2.2), the evaluation-paradigm table, the 'Related Lists' rows (GitHub repositories), the
badge, summary and scope tables, the row template in the 'Required Entry Format' code block and the
repository's own BibTeX.  Foresight's DOI is percent-encoded ('%28' '%29') and decoded.

Count checks: by section, 4 + 10 + 12 + 3 (clinical landscape) + 8 (2.2) + 5 (3.2) + 3 (4.2) = 45;
grep of bold-first rows with '| [Paper](' gives 46, less the code-block template = 45.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "junyuanM__Trustworthy-Medical-MLLMs-Survey__README@83a5817.md"
PART = "wild11_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 1. Clinical Landscape") + 1
    stop = lines.index("## How to Contribute") + 1
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i in range(start, stop):
        text = lines[i - 1]
        if text.startswith(("## ", "### ")):
            section = text
        if not re.match(r"\| \*\*[^*]+\*\* \|", text) or "[Paper](" not in text:
            continue
        papers.append(entry(lines, i, i, None))
        per_section[section] = per_section.get(section, 0) + 1
    counts = list(per_section.values())
    assert counts == [4, 10, 12, 3, 8, 5, 3], per_section
    assert len(papers) == 45
    template = sum(1 for ln in lines if re.match(r"\| \*\*.*\| \[Paper\]\(", ln))
    assert template == 46
    write_truth(NAME, PART, papers,
                "every table row between '## 1. Clinical Landscape' and '## How to Contribute' whose first cell is a"
                " bold model/resource name and which links a [Paper] is an entry, title null (rows name only the"
                " model or resource, never the paper's title); the dimension, paradigm and related-repository"
                " tables and the code-block row template are not entries",
                "all 45 rows read against the file by eye (the repeated CARES/MedSafetyBench/MedAgentBench/"
                "PromptSmooth/FairCLIP rows, MedSafetyBench's arXiv plus proceedings DOI, Foresight's"
                " percent-encoded DOI, PromptCast without year); counts per section 4/10/12/3/8/5/3 and 46"
                " bold rows with [Paper] less the template")


if __name__ == "__main__":
    main()
