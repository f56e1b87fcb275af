"""Templates: the model (schema), loading and validation of folders and .zip
packages, the library of installed templates, and layout for one output size."""

from studio.template.library import TemplateLibrary, default_library
from studio.template.loader import LoadedTemplate, load_template, save_template
from studio.template.model import Template

__all__ = [
    "LoadedTemplate",
    "Template",
    "TemplateLibrary",
    "default_library",
    "load_template",
    "save_template",
]
