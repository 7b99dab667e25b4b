#pragma once

enum class ExportFormat { Csv, Json };
