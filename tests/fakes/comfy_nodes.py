"""The node classes the fake ComfyUI knows, in the shapes real `/object_info` returns.

V1 nodes (nodes.py) list a COMBO as `[[choices], {...}]`; V3 nodes (comfy_api io.Schema: WanImageToVideo,
WanVaceToVideo, WanFirstLastFrameToVideo, CreateVideo, SaveVideo, LoadVideo, ...) as
`["COMBO", {"options": [...]}]`. Most inputs carry a second options object (a tooltip at least, `{}` for a
V3 link); a few V1 links are still one-element (`["IMAGE"]`), so both shapes are served. A string like
"@diffusion_models" stands for the model folder's file list, filled in per server from the fake's `models`
knob ("@input" / "@input_video": the images / videos in the input folder). Input names, types and ranges
follow ComfyUI v0.3.64 (nodes.py, comfy_extras/nodes_wan.py, nodes_video.py, nodes_upscale_model.py).
"""

from __future__ import annotations

from typing import Any

__all__ = ["FILE_INPUTS", "NODES", "OUTPUT_NODES", "PROGRESS_NODES", "SAMPLERS", "node_info"]

SEED = ["INT", {"default": 0, "min": 0, "max": 0xFFFFFFFFFFFFFFFF, "control_after_generate": True}]
STEPS = ["INT", {"default": 20, "min": 1, "max": 10000}]
CFG = ["FLOAT", {"default": 8.0, "min": 0.0, "max": 100.0, "step": 0.1, "round": 0.01}]
SIZE = ["INT", {"default": 1024, "min": 16, "max": 16384, "step": 8}]
BATCH = ["INT", {"default": 1, "min": 1, "max": 4096}]
DENOISE = ["FLOAT", {"default": 1.0, "min": 0.0, "max": 1.0, "step": 0.01}]
TEXT = ["STRING", {"multiline": True, "dynamicPrompts": True}]
SAMPLER_NAMES = ["euler", "euler_ancestral", "heun", "dpmpp_2m", "dpmpp_2m_sde", "uni_pc", "uni_pc_bh2", "lcm"]
SCHEDULERS = ["simple", "normal", "karras", "exponential", "sgm_uniform", "beta"]
WEIGHT_DTYPES = ["default", "fp8_e4m3fn", "fp8_e4m3fn_fast", "fp8_e5m2"]

# class -> (required inputs, optional inputs, output types, output_node, python_module)
NODES: dict[str, tuple[dict[str, Any], dict[str, Any], list[str], bool, str]] = {
    "CheckpointLoaderSimple": (
        {"ckpt_name": ["@checkpoints", {"tooltip": "The name of the checkpoint (model) to load."}]},
        {},
        ["MODEL", "CLIP", "VAE"],
        False,
        "nodes",
    ),
    "UNETLoader": (
        {"unet_name": ["@diffusion_models"], "weight_dtype": [WEIGHT_DTYPES]},
        {},
        ["MODEL"],
        False,
        "nodes",
    ),
    "CLIPLoader": (
        {"clip_name": ["@text_encoders"], "type": [["stable_diffusion", "sd3", "wan", "hidream"]]},
        {"device": [["default", "cpu"], {"advanced": True}]},
        ["CLIP"],
        False,
        "nodes",
    ),
    "DualCLIPLoader": (
        {
            "clip_name1": ["@text_encoders"],
            "clip_name2": ["@text_encoders"],
            "type": [["sdxl", "sd3", "flux", "hunyuan_video", "hidream", "hunyuan_image"]],
        },
        {"device": [["default", "cpu"], {"advanced": True}]},
        ["CLIP"],
        False,
        "nodes",
    ),
    "VAELoader": ({"vae_name": ["@vae"]}, {}, ["VAE"], False, "nodes"),
    "CLIPVisionLoader": ({"clip_name": ["@clip_vision"]}, {}, ["CLIP_VISION"], False, "nodes"),
    "CLIPVisionEncode": (
        {"clip_vision": ["CLIP_VISION"], "image": ["IMAGE"], "crop": [["center", "none"]]},
        {},
        ["CLIP_VISION_OUTPUT"],
        False,
        "nodes",
    ),
    "CLIPSetLastLayer": (
        {"clip": ["CLIP"], "stop_at_clip_layer": ["INT", {"default": -1, "min": -24, "max": -1}]},
        {},
        ["CLIP"],
        False,
        "nodes",
    ),
    "CLIPTextEncode": (
        {"text": TEXT, "clip": ["CLIP", {"tooltip": "The CLIP model used for encoding the text."}]},
        {},
        ["CONDITIONING"],
        False,
        "nodes",
    ),
    "FluxGuidance": (
        {
            "conditioning": ["CONDITIONING"],
            "guidance": ["FLOAT", {"default": 3.5, "min": 0.0, "max": 100.0, "step": 0.1}],
        },
        {},
        ["CONDITIONING"],
        False,
        "comfy_extras.nodes_flux",
    ),
    "ConditioningZeroOut": ({"conditioning": ["CONDITIONING"]}, {}, ["CONDITIONING"], False, "nodes"),
    "EmptyLatentImage": ({"width": SIZE, "height": SIZE, "batch_size": BATCH}, {}, ["LATENT"], False, "nodes"),
    "EmptySD3LatentImage": (
        {"width": SIZE, "height": SIZE, "batch_size": BATCH},
        {},
        ["LATENT"],
        False,
        "comfy_extras.nodes_sd3",
    ),
    "KSampler": (
        {
            "model": ["MODEL", {"tooltip": "The model used for denoising the input latent."}],
            "seed": SEED,
            "steps": STEPS,
            "cfg": CFG,
            "sampler_name": [SAMPLER_NAMES, {"tooltip": "The algorithm used when sampling."}],
            "scheduler": [SCHEDULERS, {"tooltip": "The scheduler controls how noise is gradually removed."}],
            "positive": ["CONDITIONING", {"tooltip": "The conditioning describing what to include."}],
            "negative": ["CONDITIONING", {"tooltip": "The conditioning describing what to exclude."}],
            "latent_image": ["LATENT", {"tooltip": "The latent image to denoise."}],
            "denoise": DENOISE,
        },
        {},
        ["LATENT"],
        False,
        "nodes",
    ),
    "VAEDecode": (
        {
            "samples": ["LATENT", {"tooltip": "The latent to be decoded."}],
            "vae": ["VAE", {"tooltip": "The VAE model used for decoding the latent."}],
        },
        {},
        ["IMAGE"],
        False,
        "nodes",
    ),
    "VAEEncode": ({"pixels": ["IMAGE"], "vae": ["VAE"]}, {}, ["LATENT"], False, "nodes"),
    "ModelSamplingSD3": (
        {"model": ["MODEL"], "shift": ["FLOAT", {"default": 3.0, "min": 0.0, "max": 100.0}]},
        {},
        ["MODEL"],
        False,
        "comfy_extras.nodes_model_advanced",
    ),
    "EmptyImage": (
        {
            "width": ["INT", {"default": 512, "min": 1, "max": 16384}],
            "height": ["INT", {"default": 512, "min": 1, "max": 16384}],
            "batch_size": BATCH,
            "color": ["INT", {"default": 0, "min": 0, "max": 0xFFFFFF, "display": "color"}],
        },
        {},
        ["IMAGE"],
        False,
        "nodes",
    ),
    "LoadImage": ({"image": ["@input", {"image_upload": True}]}, {}, ["IMAGE", "MASK"], False, "nodes"),
    "ImageScale": (
        {
            "image": ["IMAGE"],
            "upscale_method": [["nearest-exact", "bilinear", "area", "bicubic", "lanczos"]],
            "width": ["INT", {"default": 512, "min": 0, "max": 16384}],
            "height": ["INT", {"default": 512, "min": 0, "max": 16384}],
            "crop": [["disabled", "center"]],
        },
        {},
        ["IMAGE"],
        False,
        "nodes",
    ),
    "SaveImage": (
        {
            "images": ["IMAGE", {"tooltip": "The images to save."}],
            "filename_prefix": ["STRING", {"default": "ComfyUI", "tooltip": "The prefix for the file to save."}],
        },
        {},
        [],
        True,
        "nodes",
    ),
    "PreviewImage": ({"images": ["IMAGE"]}, {}, [], True, "nodes"),
    "SaveAnimatedWEBP": (
        {
            "images": ["IMAGE"],
            "filename_prefix": ["STRING", {"default": "ComfyUI"}],
            "fps": ["FLOAT", {"default": 6.0, "min": 0.01, "max": 1000.0}],
            "lossless": ["BOOLEAN", {"default": True}],
            "quality": ["INT", {"default": 80, "min": 0, "max": 100}],
            "method": [["default", "fastest", "slowest"]],
        },
        {},
        [],
        True,
        "nodes",
    ),
    # V3 (comfy_api io.Schema) nodes: combos are ["COMBO", {"options": [...]}]
    "WanImageToVideo": (
        {
            "positive": ["CONDITIONING", {}],
            "negative": ["CONDITIONING", {}],
            "vae": ["VAE", {}],
            "width": ["INT", {"default": 832, "min": 16, "max": 16384, "step": 16}],
            "height": ["INT", {"default": 480, "min": 16, "max": 16384, "step": 16}],
            "length": ["INT", {"default": 81, "min": 1, "max": 16384, "step": 4}],
            "batch_size": ["INT", {"default": 1, "min": 1, "max": 4096}],
        },
        {"clip_vision_output": ["CLIP_VISION_OUTPUT", {}], "start_image": ["IMAGE", {}]},
        ["CONDITIONING", "CONDITIONING", "LATENT"],
        False,
        "comfy_extras.nodes_wan",
    ),
    "CreateVideo": (
        {"images": ["IMAGE", {}], "fps": ["FLOAT", {"default": 30.0, "min": 1.0, "max": 120.0}]},
        {"audio": ["AUDIO", {}]},
        ["VIDEO"],
        False,
        "comfy_extras.nodes_video",
    ),
    "SaveVideo": (
        {
            "video": ["VIDEO", {}],
            "filename_prefix": ["STRING", {"default": "video/ComfyUI"}],
            "format": ["COMBO", {"options": ["auto", "mp4"], "default": "auto"}],
            "codec": ["COMBO", {"options": ["auto", "h264"], "default": "auto"}],
        },
        {},
        [],
        True,
        "comfy_extras.nodes_video",
    ),
    "WanVaceToVideo": (
        {
            "positive": ["CONDITIONING", {}],
            "negative": ["CONDITIONING", {}],
            "vae": ["VAE", {}],
            "width": ["INT", {"default": 832, "min": 16, "max": 16384, "step": 16}],
            "height": ["INT", {"default": 480, "min": 16, "max": 16384, "step": 16}],
            "length": ["INT", {"default": 81, "min": 1, "max": 16384, "step": 4}],
            "batch_size": ["INT", {"default": 1, "min": 1, "max": 4096}],
            "strength": ["FLOAT", {"default": 1.0, "min": 0.0, "max": 1000.0, "step": 0.01}],
        },
        {"control_video": ["IMAGE", {}], "control_masks": ["MASK", {}], "reference_image": ["IMAGE", {}]},
        ["CONDITIONING", "CONDITIONING", "LATENT", "INT"],
        False,
        "comfy_extras.nodes_wan",
    ),
    "TrimVideoLatent": (
        {"samples": ["LATENT", {}], "trim_amount": ["INT", {"default": 0, "min": 0, "max": 99999}]},
        {},
        ["LATENT"],
        False,
        "comfy_extras.nodes_wan",
    ),
    "WanFirstLastFrameToVideo": (
        {
            "positive": ["CONDITIONING", {}],
            "negative": ["CONDITIONING", {}],
            "vae": ["VAE", {}],
            "width": ["INT", {"default": 832, "min": 16, "max": 16384, "step": 16}],
            "height": ["INT", {"default": 480, "min": 16, "max": 16384, "step": 16}],
            "length": ["INT", {"default": 81, "min": 1, "max": 16384, "step": 4}],
            "batch_size": ["INT", {"default": 1, "min": 1, "max": 4096}],
        },
        {
            "clip_vision_start_image": ["CLIP_VISION_OUTPUT", {}],
            "clip_vision_end_image": ["CLIP_VISION_OUTPUT", {}],
            "start_image": ["IMAGE", {}],
            "end_image": ["IMAGE", {}],
        },
        ["CONDITIONING", "CONDITIONING", "LATENT"],
        False,
        "comfy_extras.nodes_wan",
    ),
    "LoadVideo": (
        {"file": ["COMBO", {"options": "@input_video", "video_upload": True}]},
        {},
        ["VIDEO"],
        False,
        "comfy_extras.nodes_video",
    ),
    "GetVideoComponents": (
        {"video": ["VIDEO", {"tooltip": "The video to extract components from."}]},
        {},
        ["IMAGE", "AUDIO", "FLOAT"],
        False,
        "comfy_extras.nodes_video",
    ),
    "StringConcatenate": (
        {
            "string_a": ["STRING", {"multiline": True, "tooltip": "The first text string."}],
            "string_b": ["STRING", {"multiline": True, "tooltip": "The second text string."}],
            "delimiter": ["STRING", {"multiline": False, "default": ""}],
        },
        {},
        ["STRING"],
        False,
        "comfy_extras.nodes_string",
    ),
    "UpscaleModelLoader": (
        {"model_name": ["@upscale_models"]},
        {},
        ["UPSCALE_MODEL"],
        False,
        "comfy_extras.nodes_upscale_model",
    ),
    "ImageUpscaleWithModel": (
        {"upscale_model": ["UPSCALE_MODEL"], "image": ["IMAGE"]},
        {},
        ["IMAGE"],
        False,
        "comfy_extras.nodes_upscale_model",
    ),
}
SAMPLERS = frozenset({"KSampler"})
# Loaders with their own VALIDATE_INPUTS for the file input: the server skips the choice check there and
# asks only that the file exists in the input folder ("Invalid image file: x"), whatever its extension.
FILE_INPUTS = {"LoadImage": ("image", "Invalid image file: {}"), "LoadVideo": ("file", "Invalid video file: {}")}
# Nodes that report `progress` through comfy.utils.ProgressBar: samplers, and e.g. the tiled upscaler.
PROGRESS_NODES = SAMPLERS | {"ImageUpscaleWithModel"}
OUTPUT_NODES = frozenset(k for k, v in NODES.items() if v[3])


def _fill(spec: list[Any], models: dict[str, list[str]]) -> list[Any]:
    if spec and isinstance(spec[0], str) and spec[0].startswith("@"):
        return [sorted(models.get(spec[0][1:], [])), *spec[1:]]
    if len(spec) > 1 and isinstance(spec[1], dict) and str(spec[1].get("options", "")).startswith("@"):
        return [spec[0], {**spec[1], "options": sorted(models.get(spec[1]["options"][1:], []))}]
    return spec


def node_info(name: str, models: dict[str, list[str]]) -> dict[str, Any]:
    """One class as `/object_info` describes it (same keys as server.py `node_info`)."""
    required, optional, outputs, output_node, module = NODES[name]
    inputs: dict[str, Any] = {"required": {k: _fill(v, models) for k, v in required.items()}}
    if optional:
        inputs["optional"] = {k: _fill(v, models) for k, v in optional.items()}
    return {
        "input": inputs,
        "input_order": {k: list(v) for k, v in inputs.items()},
        "output": outputs,
        "output_is_list": [False] * len(outputs),
        "output_name": outputs,
        "name": name,
        "display_name": name,
        "description": "",
        "python_module": module,
        "category": "sampling" if name in SAMPLERS else "loaders",
        "output_node": output_node,
    }
