"""Narration: the cluster told as it happens, by the built-in template or an LLM (R1), illustrated.

`service.NarrationService` is the narrator's own task; `builtin` keeps the facts and the template text;
`engines` talk to llama-cpp-python or an OpenAI-compatible endpoint; `think` keeps R1's reasoning apart;
`pen.NarrationPen` is the only thing narration code can write with.
"""
