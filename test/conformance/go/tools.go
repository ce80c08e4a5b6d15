//go:build tools

// Package conformance pins Microsoft's Go Batch client and the packages its own tests import, so that
// `go test github.com/Azure/azure-sdk-for-go/sdk/batch/azbatch` builds those tests, unchanged, from
// the module cache with this module's go.sum.
package conformance

import (
	_ "github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	_ "github.com/Azure/azure-sdk-for-go/sdk/batch/azbatch"
	_ "github.com/Azure/azure-sdk-for-go/sdk/internal/recording"
	_ "github.com/Azure/azure-sdk-for-go/sdk/internal/test/credential"
	_ "github.com/stretchr/testify/require"
)
