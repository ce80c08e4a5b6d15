//go:build tools

// Package tools records the packages this wrapper module builds or stamps, so that
// `go mod tidy` keeps both requirements direct: the CLI's main package (pkg/v3) and the
// version package whose Version variable the -ldflags -X in scripts/setup.sh sets (sdk/v3).
package tools

import (
	_ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
	_ "github.com/pulumi/pulumi/sdk/v3/go/common/version"
)
