//! Evaluation on CoNLL-format files: per-type precision, recall and F1,
//! scored like `conlleval` and `../shared/eval/conll_eval.py`.
