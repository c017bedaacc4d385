namespace Rete.Placements.Attendance;

public static class AttendanceApi
{
    public static RouteGroupBuilder MapAttendanceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Presenze e borse");
        group.MapRecordAttendance();
        group.MapStipendList();
        return api;
    }
}
