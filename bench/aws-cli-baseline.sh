#!/usr/bin/env bash
# The script a person writes today to answer "what uses these roles?" with the AWS CLI:
# per role, get-role and its instance profiles; per region, list every function and filter it
# client-side, walk every EKS cluster and node group, and look for instances using the profiles.
#   ENDPOINT=http://127.0.0.1:PORT REGIONS="eu-west-1 us-east-1" bench/aws-cli-baseline.sh role-a role-b
# (moto 5.2 has no `iam-instance-profile.arn` filter for describe-instances, so the instance lookup
#  filters with --query instead of --filters; the call count is the same: one per region and profile.)
set -euo pipefail
: "${ENDPOINT:?set ENDPOINT to the AWS endpoint URL}"
REGIONS=${REGIONS:-"eu-west-1 us-east-1 eu-central-1"}
AWS=${AWS_BIN:-aws}
aws_() { "$AWS" --endpoint-url "$ENDPOINT" --output text "$@"; }

for role in "$@"; do
  echo "== $role"
  arn=$(aws_ iam get-role --role-name "$role" --query Role.Arn)
  profiles=$(aws_ iam list-instance-profiles-for-role --role-name "$role" --query 'InstanceProfiles[].Arn')
  for region in $REGIONS; do
    aws_ --region "$region" lambda list-functions --function-version ALL \
      --query "Functions[?Role=='$arn'].FunctionArn"
    for cluster in $(aws_ --region "$region" eks list-clusters --query 'clusters[]'); do
      aws_ --region "$region" eks describe-cluster --name "$cluster" --query "cluster.roleArn" | grep -Fx "$arn" || true
      for ng in $(aws_ --region "$region" eks list-nodegroups --cluster-name "$cluster" --query 'nodegroups[]'); do
        aws_ --region "$region" eks describe-nodegroup --cluster-name "$cluster" --nodegroup-name "$ng" \
          --query "nodegroup.nodeRole" | grep -Fx "$arn" || true
      done
    done
    for profile in $profiles; do
      [ "$profile" = "None" ] && continue
      aws_ --region "$region" ec2 describe-instances \
        --query "Reservations[].Instances[?IamInstanceProfile.Arn=='$profile'].InstanceId"
    done
  done
done
