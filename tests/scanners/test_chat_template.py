from __future__ import annotations

import pytest

from mlward.findings import Severity
from mlward.scanners.chat_template import analyse_template

# Templates as published with popular models (abridged only where noted).
CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + "
    "'<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}"
    "{% endif %}"
)
LLAMA3 = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = "
    "'<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim + "
    "'<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}"
    "{{ content }}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}"
)
MISTRAL = (
    "{{ bos_token }}{% for message in messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
    "{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token}}"
    "{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}"
)
GEMMA = (
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}"
    "{% endif %}{% for message in messages %}{% if (message['role'] == 'assistant') %}"
    "{% set role = 'model' %}"
    "{% else %}{% set role = message['role'] %}{% endif %}{{ '<start_of_turn>' + role + '\\n' + "
    "message['content'] | trim + '<end_of_turn>\\n' }}{% endfor %}{% if add_generation_prompt %}"
    "{{'<start_of_turn>model\\n'}}{% endif %}"
)
# Llama 3.1-style tool calling (abridged): namespace, tojson, selectattr, strftime_now, loop controls.
TOOLS = """{%- set ns = namespace(system='', found=false) -%}
{%- if messages[0]['role'] == 'system' -%}{%- set ns.system = messages[0]['content'] | trim -%}{%- endif -%}
{%- set date_string = strftime_now('%d %b %Y') if strftime_now is defined else '26 Jul 2024' -%}
{%- for m in messages | selectattr('role', 'equalto', 'user') -%}
{%- if loop.index > 3 -%}{% break %}{%- endif -%}
{%- endfor -%}
{{- '<|start_header_id|>system<|end_header_id|>\\n\\n' + 'Today Date: ' + date_string + ns.system }}
{%- for tool in tools | default([]) %}{{- tool | tojson(indent=4) }}{{- '\\n\\n' }}{%- endfor %}
{%- for message in messages[1:] %}
  {%- if message.tool_calls is defined %}{%- set call = message.tool_calls[0].function -%}
    {{- '{"name": "' + call.name + '", "parameters": ' + call.arguments | tojson + '}' }}
  {%- else -%}{% generation %}{{- message['content'].strip() }}{% endgeneration %}{%- endif %}
{%- endfor %}"""


@pytest.mark.parametrize("template", [CHATML, LLAMA3, MISTRAL, GEMMA, TOOLS],
                         ids=["chatml", "llama3", "mistral", "gemma", "tools"])
def test_popular_templates_are_clean(template: str) -> None:
    assert analyse_template(template) == []


@pytest.mark.parametrize(
    ("template", "severity"),
    [
        # CVE-2024-34359 proof of concept.
        ("{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}"
         "{{x()._module.__builtins__['__import__']('os').popen(\"touch /tmp/retr0reg\")}}"
         "{%endif%}{% endfor %}",
         Severity.CRITICAL),
        ("{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
         Severity.CRITICAL),
        ("{{ lipsum['__globals__']['os'].popen('id') }}", Severity.CRITICAL),
        ("{{ ()|attr('__cla' ~ 'ss__') }}", Severity.HIGH),
        ("{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f') }}", Severity.CRITICAL),
        ("{{ messages|map(attribute='__class__')|list }}", Severity.CRITICAL),
        ("{{ '{0.__class__.__init__}'.format(messages) }}", Severity.HIGH),
        ("{% set f = 'fmt' %}{{ f.format_map(messages) }}", Severity.HIGH),
        ("{{ joiner._joiner__x }}", Severity.HIGH),
    ],
)
def test_escape_shapes_are_caught(template: str, severity: Severity) -> None:
    issues = analyse_template(template)
    assert issues
    assert max(i.severity for i in issues) == severity
