import { WorkflowNotFound } from '@/components/workflow/workflow-not-found';

export default WorkflowNotFound;
