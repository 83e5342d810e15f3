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

__all__ = [
    "FILE_INPUTS", "NODES", "OUTPUT_NODES", "PROGRESS_NODES", "SAMPLERS", "V3_NODES", "node_info", "output_types",
]

SEED = ["INT", {"default": 0, "min": 0, "max": 0xFFFFFFFFFFFFFFFF, "control_after_generate": True}]
STEPS = ["INT", {"default": 20, "min": 1, "max": 10000}]
CFG = ["FLOAT", {"default": 8.0, "min": 0.0, "max": 100.0, "step": 0.1, "round": 0.01}]
SIZE = ["INT", {"default": 512, "min": 16, "max": 16384, "step": 8}]
SD3_SIZE = ["INT", {"default": 1024, "min": 16, "max": 16384, "step": 16}]
BATCH = ["INT", {"default": 1, "min": 1, "max": 4096}]
DENOISE = ["FLOAT", {"default": 1.0, "min": 0.0, "max": 1.0, "step": 0.01}]
TEXT = ["STRING", {"multiline": True, "dynamicPrompts": True}]
SAMPLER_NAMES = [
    "euler", "euler_cfg_pp", "euler_ancestral", "euler_ancestral_cfg_pp", "heun", "heunpp2", "dpm_2", "dpm_2_ancestral",
    "lms", "dpm_fast", "dpm_adaptive", "dpmpp_2s_ancestral", "dpmpp_2s_ancestral_cfg_pp", "dpmpp_sde", "dpmpp_sde_gpu",
    "dpmpp_2m", "dpmpp_2m_cfg_pp", "dpmpp_2m_sde", "dpmpp_2m_sde_gpu", "dpmpp_2m_sde_heun", "dpmpp_2m_sde_heun_gpu",
    "dpmpp_3m_sde", "dpmpp_3m_sde_gpu", "ddpm", "lcm", "ipndm", "ipndm_v", "deis", "res_multistep",
    "res_multistep_cfg_pp", "res_multistep_ancestral", "res_multistep_ancestral_cfg_pp", "gradient_estimation",
    "gradient_estimation_cfg_pp", "er_sde", "seeds_2", "seeds_3", "sa_solver", "sa_solver_pece", "ddim", "uni_pc",
    "uni_pc_bh2",
]
SCHEDULERS = [
    "simple", "sgm_uniform", "karras", "exponential", "ddim_uniform", "beta", "normal", "linear_quadratic",
    "kl_optimal",
]
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
        {"clip_name": ["@text_encoders"], "type": [[
                "stable_diffusion", "stable_cascade", "sd3", "stable_audio", "mochi", "ltxv", "pixart", "cosmos",
                "lumina2", "wan", "hidream", "chroma", "ace", "omnigen2", "qwen_image", "hunyuan_image",
            ]],},
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
        {"clip": ["CLIP"], "stop_at_clip_layer": ["INT", {"default": -1, "min": -24, "max": -1, "step": 1}]},
        {},
        ["CLIP"],
        False,
        "nodes",
    ),
    "CLIPTextEncode": (
        {
            "text": [TEXT[0], {**TEXT[1], "tooltip": "The text to be encoded."}],
            "clip": ["CLIP", {"tooltip": "The CLIP model used for encoding the text."}],
        },
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
        {"width": SD3_SIZE, "height": SD3_SIZE, "batch_size": BATCH},
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
        {"model": ["MODEL"], "shift": ["FLOAT", {"default": 3.0, "min": 0.0, "max": 100.0, "step": 0.01}]},
        {},
        ["MODEL"],
        False,
        "comfy_extras.nodes_model_advanced",
    ),
    "EmptyImage": (
        {
            "width": ["INT", {"default": 512, "min": 1, "max": 16384, "step": 1}],
            "height": ["INT", {"default": 512, "min": 1, "max": 16384, "step": 1}],
            "batch_size": BATCH,
            "color": ["INT", {"default": 0, "min": 0, "max": 0xFFFFFF, "step": 1, "display": "color"}],
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
            "width": ["INT", {"default": 512, "min": 0, "max": 16384, "step": 1}],
            "height": ["INT", {"default": 512, "min": 0, "max": 16384, "step": 1}],
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
            "fps": ["FLOAT", {"default": 6.0, "min": 0.01, "max": 1000.0, "step": 0.01}],
            "lossless": ["BOOLEAN", {"default": True}],
            "quality": ["INT", {"default": 80, "min": 0, "max": 100}],
            "method": [["default", "fastest", "slowest"]],
        },
        {},
        [],
        True,
        "comfy_extras.nodes_images",
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
        {"images": ["IMAGE", {}], "fps": ["FLOAT", {"default": 30.0, "min": 1.0, "max": 120.0, "step": 1.0}]},
        {"audio": ["AUDIO", {}]},
        ["VIDEO"],
        False,
        "comfy_extras.nodes_video",
    ),
    "SaveVideo": (
        {
            "video": ["VIDEO", {}],
            "filename_prefix": ["STRING", {"default": "video/ComfyUI", "multiline": False}],
            "format": ["COMBO", {"default": "auto", "multiselect": False, "options": ["auto", "mp4"]}],
            "codec": ["COMBO", {"default": "auto", "multiselect": False, "options": ["auto", "h264"]}],
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
        {"file": ["COMBO", {"multiselect": False, "options": "@input_video", "video_upload": True}]},
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
            "string_a": ["STRING", {"multiline": True}],
            "string_b": ["STRING", {"multiline": True}],
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
# V3 (comfy_api io.Schema) classes: their /object_info entry also has output_tooltips (None per output),
# deprecated, experimental and api_node; hidden inputs are lists (["PROMPT"]) where V1 has strings.
V3_NODES = frozenset({
    "WanImageToVideo", "CreateVideo", "SaveVideo", "WanVaceToVideo", "TrimVideoLatent", "WanFirstLastFrameToVideo",
    "LoadVideo", "GetVideoComponents", "StringConcatenate",
})
# class -> (display_name, category) as 0.3.64 lists them; a V3 class without a display name sends null.
META: dict[str, tuple[str | None, str]] = {
    "CheckpointLoaderSimple": ("Load Checkpoint", "loaders"),
    "UNETLoader": ("Load Diffusion Model", "advanced/loaders"),
    "CLIPLoader": ("Load CLIP", "advanced/loaders"),
    "DualCLIPLoader": ("DualCLIPLoader", "advanced/loaders"),
    "VAELoader": ("Load VAE", "loaders"),
    "CLIPVisionLoader": ("Load CLIP Vision", "loaders"),
    "CLIPVisionEncode": ("CLIP Vision Encode", "conditioning"),
    "CLIPSetLastLayer": ("CLIP Set Last Layer", "conditioning"),
    "CLIPTextEncode": ("CLIP Text Encode (Prompt)", "conditioning"),
    "FluxGuidance": ("FluxGuidance", "advanced/conditioning/flux"),
    "ConditioningZeroOut": ("ConditioningZeroOut", "advanced/conditioning"),
    "EmptyLatentImage": ("Empty Latent Image", "latent"),
    "EmptySD3LatentImage": ("EmptySD3LatentImage", "latent/sd3"),
    "KSampler": ("KSampler", "sampling"),
    "VAEDecode": ("VAE Decode", "latent"),
    "VAEEncode": ("VAE Encode", "latent"),
    "ModelSamplingSD3": ("ModelSamplingSD3", "advanced/model"),
    "EmptyImage": ("EmptyImage", "image"),
    "LoadImage": ("Load Image", "image"),
    "ImageScale": ("Upscale Image", "image/upscaling"),
    "SaveImage": ("Save Image", "image"),
    "PreviewImage": ("Preview Image", "image"),
    "SaveAnimatedWEBP": ("SaveAnimatedWEBP", "image/animation"),
    "WanImageToVideo": (None, "conditioning/video_models"),
    "CreateVideo": ("Create Video", "image/video"),
    "SaveVideo": ("Save Video", "image/video"),
    "WanVaceToVideo": (None, "conditioning/video_models"),
    "TrimVideoLatent": (None, "latent/video"),
    "WanFirstLastFrameToVideo": (None, "conditioning/video_models"),
    "LoadVideo": ("Load Video", "image/video"),
    "GetVideoComponents": ("Get Video Components", "image/video"),
    "StringConcatenate": ("Concatenate", "utils/string"),
    "UpscaleModelLoader": ("Load Upscale Model", "loaders"),
    "ImageUpscaleWithModel": ("Upscale Image (using Model)", "image/upscaling"),
}
# V3 outputs are named by the schema (io.X.Output("positive")), V1 outputs by their type.
OUTPUT_NAMES = {
    "WanImageToVideo": ["positive", "negative", "latent"],
    "WanVaceToVideo": ["positive", "negative", "latent", "trim_latent"],
    "WanFirstLastFrameToVideo": ["positive", "negative", "latent"],
    "GetVideoComponents": ["images", "audio", "fps"],
}
# V1 classes that declare OUTPUT_TOOLTIPS (the key is absent on the others); the text is ours.
OUTPUT_TOOLTIPS = {
    "CheckpointLoaderSimple": ["The model.", "The CLIP model.", "The VAE model."],
    "CLIPTextEncode": ["The encoded conditioning."],
    "EmptyLatentImage": ["The empty latent batch."],
    "KSampler": ["The denoised latent."],
    "VAEDecode": ["The decoded image."],
}
HIDDEN_SAVE = ("prompt", "PROMPT"), ("extra_pnginfo", "EXTRA_PNGINFO")


def _fill(spec: list[Any], models: dict[str, list[str]]) -> list[Any]:
    if spec and isinstance(spec[0], str) and spec[0].startswith("@"):
        files = sorted(models.get(spec[0][1:], []))
        if spec[0] == "@vae":
            files.append("pixel_space")  # nodes.VAELoader.vae_list offers it whatever the folder holds
        return [files, *spec[1:]]
    if len(spec) > 1 and isinstance(spec[1], dict) and str(spec[1].get("options", "")).startswith("@"):
        return [spec[0], {**spec[1], "options": sorted(models.get(spec[1]["options"][1:], []))}]
    return spec


def output_types(name: str) -> tuple[str, ...]:
    """A class's RETURN_TYPES (a tuple in the real server: a link past its end raises "tuple index ...")."""
    return tuple(NODES[name][2])


def node_info(name: str, models: dict[str, list[str]]) -> dict[str, Any]:
    """One class as `/object_info` describes it (same keys as server.py `node_info`)."""
    required, optional, outputs, output_node, module = NODES[name]
    v3 = name in V3_NODES
    inputs: dict[str, Any] = {"required": {k: _fill(v, models) for k, v in required.items()}}
    if optional:
        inputs["optional"] = {k: _fill(v, models) for k, v in optional.items()}
    if output_node:
        inputs["hidden"] = {k: [v] if v3 else v for k, v in HIDDEN_SAVE}
    display, category = META.get(name, (name, "loaders"))
    info: dict[str, Any] = {
        "input": inputs,
        "input_order": {k: list(v) for k, v in inputs.items()},
        "output": outputs,
        "output_is_list": [False] * len(outputs),
        "output_name": OUTPUT_NAMES.get(name, outputs),
        "name": name,
        "display_name": display,
        "description": "",
        "python_module": module,
        "category": category,
        "output_node": output_node,
    }
    if v3:
        info.update(output_tooltips=[None] * len(outputs), deprecated=False, experimental=False, api_node=False)
    elif name in OUTPUT_TOOLTIPS:
        info["output_tooltips"] = OUTPUT_TOOLTIPS[name]
    return info
