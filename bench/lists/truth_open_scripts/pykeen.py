"""Open truth (batch 3) for pykeen/pykeen README (at 05c7bbb): the README of a knowledge-graph
embedding library, not a paper list.

After badges, installation and a quickstart, tables list what the library implements: datasets,
inductive datasets, representations, interactions, models, losses, regularizers, training loops,
negative samplers, stoppers, evaluators, metrics and trackers.  Many rows cite a paper in a
Citation column ('[Bordes *et al*., 2013](url)', arXiv, DOI, AAAI, ACL links) and many metric names
link an arXiv paper; those rows' subject is a dataset, a model or a metric the library implements,
and the cells name no title: not entries (as for the datasets and models that link a paper in the
earlier open lists).  The supporters and funding lists are organisations and grants.

Entries:
- the large-scale benchmarking study (lines 454-466): a sentence linking 'our article' by DOI and a
  fenced BibTeX entry; a paper described in its own right, title = the BibTeX title.
Not an entry: the 'Citation' section's BibTeX (lines 518-532), the library's own please-cite
boilerplate (PyKEEN 1.0, JMLR).
"""
import re

from _open import Open

NAME = "pykeen__pykeen__README@05c7bbb.md"


def main() -> None:
    t = Open(NAME)
    assert t.line(454).startswith("We used PyKEEN to perform a large-scale reproducibility")
    assert t.line(457) == "```bibtex" and t.line(466) == "```"
    title = re.search(r"title=\{(.+?)\},", t.span(457, 466)).group(1)
    t.add(454, 466, title)
    t.write("the one paper described in its own right, the benchmarking study (sentence with its DOI link and"
            " its BibTeX block), is the only entry, title = its BibTeX title; the implementation tables' rows"
            " (datasets, models, interactions, metrics citing or linking a paper by author and year) and the"
            " library's own please-cite BibTeX are not entries",
            "every line of the file: each table's rows and citation cells (none names a title), the two BibTeX"
            " blocks, the sentence's DOI link; 1 entry")


if __name__ == "__main__":
    main()
