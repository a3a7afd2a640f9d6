"""Records whose first line shows they are no paper (zoterodigest/digest/generic/non_papers.py)."""

from __future__ import annotations

from zoterodigest.digest.generic.non_papers import field_label, labelled_or_online, online_resource


def test_a_gbt_online_resource_is_no_paper() -> None:
    assert online_resource("[12] BARN A, TAWNY B. OWLTRACK-GPL[EB/OL]. 2013. https://github.com/barn-owls/owltrack.")
    assert not online_resource("[11] BARN A. Parallel tracking of owls[C]// IEEE ISMAR, 2009:83-86.")
    assert not online_resource("[13] BARN A. Owls online[J/OL]. Owl Letters, 2021.")


def test_a_field_label_written_as_one_is_no_paper() -> None:
    assert field_label("Citation", "- **Citation:** Proceedings of STOC 1996")
    assert field_label("Citation:", "- Citation : SIAM J. Comput. 26(5)")
    assert not field_label("TLDR", "[TLDR](https://ritvik19.medium.com/tldr) | April 2020 | Extreme summarization")
    assert not field_label("Owls at Night", "- **Owls at Night:** a survey")
    assert labelled_or_online("Citation", "- **Citation:** Proceedings of FOCS 1994")
